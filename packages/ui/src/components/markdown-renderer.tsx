'use client';
import { memo, useId, useMemo, useRef } from 'react';
import { type MarkdownBlocks, referenceDefinitions, splitMarkdownBlocks } from './markdown-blocks';
import { renderMarkdown } from './markdown-elements';
import { ImageOriginsContext } from './markdown-image';
import { capMarkdownNesting } from './markdown-nesting';
import { parseMarkdown } from './markdown-parse';

/**
 * One top-level block, parsed only when its text (or the message's link reference definitions)
 * changes: while a reply streams, the completed blocks keep their strings and are not parsed
 * again. Heading ids get `idPrefix` (unique per message and block) and footnote ids
 * `footnotePrefix` (unique per message), so model output cannot take ids such as `root` from the
 * page. `open`: the block ends a reply still streaming in, so syntax left open at its end renders
 * as if closed.
 */
const MarkdownBlock = memo(function MarkdownBlock({
  source,
  definitions,
  idPrefix,
  footnotePrefix,
  open,
}: {
  source: string;
  definitions: string;
  idPrefix: string;
  footnotePrefix: string;
  open: boolean;
}) {
  // Parsed apart from rendering: a block that stops being the open end of a reply renders again
  // but is not parsed again.
  const parsed = useMemo(() => parseMarkdown(capMarkdownNesting(source), definitions), [source, definitions]);
  return useMemo(
    () => renderMarkdown(parsed, { headings: idPrefix, footnotes: footnotePrefix }, open),
    [parsed, idPrefix, footnotePrefix, open],
  );
});

/** Blocks per group: a streamed chunk re-renders and lays out one group, not the whole reply. */
const GROUP_SIZE = 32;

interface GroupProps {
  sources: readonly string[];
  starts: readonly number[];
  first: number;
  definitions: string;
  messageId: string;
  /** The group's last block ends a reply still streaming in. */
  openLast: boolean;
}

const sameGroup = (before: GroupProps, after: GroupProps) =>
  before.first === after.first &&
  before.definitions === after.definitions &&
  before.messageId === after.messageId &&
  before.openLast === after.openLast &&
  before.sources.length === after.sources.length &&
  before.sources.every((source, index) => source === after.sources[index]);

/**
 * Up to `GROUP_SIZE` consecutive blocks in one wrapper: a group whose blocks are all complete is
 * neither rendered nor laid out again while the reply streams on.
 */
const MarkdownGroup = memo(function MarkdownGroup({
  sources,
  starts,
  first,
  definitions,
  messageId,
  openLast,
}: GroupProps) {
  return (
    <div className="attune-markdown-group">
      {sources.map((source, offset) => (
        <MarkdownBlock
          key={starts[offset]}
          source={source}
          definitions={definitions}
          idPrefix={`attune-${messageId}-${first + offset}-`}
          footnotePrefix={`attune-${messageId}-fn-`}
          open={openLast && offset === sources.length - 1}
        />
      ))}
    </div>
  );
}, sameGroup);

/**
 * The renderer behind `<Markdown>`, loaded lazily: the kit's own parser (no raw HTML, no
 * `dangerouslySetInnerHTML`), URLs sanitized, links in a new tab, images from other origins
 * behind a click, code blocks with a copy button and lazy syntax highlighting, nesting capped, and
 * the text split into blocks (in groups) so a streamed chunk re-parses only the last block and
 * re-renders only the last group.
 */
export function MarkdownRenderer({
  text,
  imageOrigins,
  streaming,
}: {
  text: string;
  imageOrigins: readonly string[];
  streaming: boolean;
}) {
  const messageId = useId().replace(/[^\w-]/g, '');
  const split = useRef<MarkdownBlocks | undefined>(undefined);
  split.current = splitMarkdownBlocks(text, split.current);
  const { blocks, starts } = split.current;
  const definitions = blocks.length > 1 ? referenceDefinitions(text) : '';
  const groups = Math.ceil(blocks.length / GROUP_SIZE);
  return (
    <ImageOriginsContext.Provider value={imageOrigins}>
      <div className="attune-markdown">
        {Array.from({ length: groups }, (_, group) => {
          const first = group * GROUP_SIZE;
          return (
            <MarkdownGroup
              key={first}
              sources={blocks.slice(first, first + GROUP_SIZE)}
              starts={starts.slice(first, first + GROUP_SIZE)}
              first={first}
              definitions={definitions}
              messageId={messageId}
              openLast={streaming && group === groups - 1}
            />
          );
        })}
      </div>
    </ImageOriginsContext.Provider>
  );
}
