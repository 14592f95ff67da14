const CLOSERS: Record<string, string> = { '{': '}', '[': ']' };

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/**
 * Reads JSON that is still streaming in (a tool call's input as its deltas arrive): the text
 * as it is when it parses; else with its open string, arrays and objects closed and a dangling
 * `,` or `:` dropped; else cut back to the last complete member or element. `undefined` when
 * nothing of it parses yet.
 */
export function parsePartialJson(text: string): unknown {
  const whole = parse(text);
  if (whole !== undefined) return whole;
  const open: string[] = [];
  /** The last place the text can be cut and closed: before a `,` or after a `{` / `[`. */
  let cut = { at: 0, closers: '' };
  let inString = false;
  let escaped = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '{' || char === '[') {
      open.push(CLOSERS[char] as string);
      cut = { at: index + 1, closers: [...open].reverse().join('') };
    } else if (char === '}' || char === ']') {
      open.pop();
    } else if (char === ',') {
      cut = { at: index, closers: [...open].reverse().join('') };
    }
  }
  const closed = inString ? `${escaped ? text.slice(0, -1) : text}"` : text.replace(/[\s,:]+$/, '');
  return parse(closed + [...open].reverse().join('')) ?? parse(text.slice(0, cut.at) + cut.closers);
}
