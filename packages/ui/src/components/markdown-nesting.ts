/** How deep blockquotes and lists may nest in rendered markdown (default of `capMarkdownNesting`). */
export const MAX_MARKDOWN_NESTING = 8;

const QUOTE_PREFIX = /^(?:[ \t]*>)+/;
const BULLET_CHAIN = /^([ \t]*)((?:[-*+][ \t]+)+)/;
const INDENT = /^[ \t]+/;

/**
 * Bounds the nesting of blockquotes and lists in `source`: a line quoted more than `depth` times
 * keeps `depth` markers, a chain of more than `depth` bullets on one line keeps `depth`, and
 * indentation past `depth` list levels is cut to that level. The parser's work grows with the
 * depth, so model output cannot make one reply take seconds to render.
 */
export function capMarkdownNesting(source: string, depth = MAX_MARKDOWN_NESTING): string {
  const maxIndent = depth * 4;
  return source
    .split('\n')
    .map((line) => {
      let capped = line;
      const quotes = QUOTE_PREFIX.exec(capped)?.[0];
      if (quotes && quotes.split('>').length - 1 > depth)
        capped = `${'>'.repeat(depth)}${capped.slice(quotes.length)}`;
      const chain = BULLET_CHAIN.exec(capped);
      if (chain?.[2] && chain[2].trim().split(/[ \t]+/).length > depth)
        capped = `${chain[1]}${'- '.repeat(depth)}${capped.slice(chain[0].length)}`;
      const indent = INDENT.exec(capped)?.[0];
      if (indent && indent.replace(/\t/g, '    ').length > maxIndent)
        capped = ' '.repeat(maxIndent) + capped.slice(indent.length);
      return capped;
    })
    .join('\n');
}
