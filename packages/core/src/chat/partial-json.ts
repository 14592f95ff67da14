const CLOSERS: Record<string, string> = { '{': '}', '[': ']' };

/**
 * Reads JSON that is still streaming in (a tool call's input as its deltas arrive): the text
 * as it is when it parses, else with its open string, arrays and objects closed and a
 * dangling `,` or `:` dropped. `undefined` when even that does not parse (e.g. it stops inside
 * a key or a literal); the next delta usually does.
 */
export function parsePartialJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Still streaming: close what is open.
  }
  const open: string[] = [];
  let inString = false;
  let escaped = false;
  for (const char of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '{' || char === '[') {
      open.push(CLOSERS[char] as string);
    } else if (char === '}' || char === ']') {
      open.pop();
    }
  }
  let repaired = inString ? `${escaped ? text.slice(0, -1) : text}"` : text.replace(/[\s,:]+$/, '');
  repaired += open.reverse().join('');
  try {
    return JSON.parse(repaired);
  } catch {
    return undefined;
  }
}
