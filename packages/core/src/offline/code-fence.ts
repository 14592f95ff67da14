/** A fence that opens or closes a code block: three or more backticks or tildes. */
const FENCE = /^(`{3,}|~{3,})/;

/** The fence a line starts with (leading spaces aside), if any. */
export function fenceOf(line: string): string | undefined {
  return FENCE.exec(line.trim())?.[1];
}

/** Whether a fence closes the code block another opened: the same character, at least as long. */
export function closesFence(fence: string, opening: string): boolean {
  return fence[0] === opening[0] && fence.length >= opening.length;
}

/** A run of lines: text, or a fenced code block with its fences (`closed` false: left open). */
export type LineRun =
  | { code: false; lines: string[] }
  | { code: true; fence: string; closed: boolean; lines: string[] };

/**
 * Lines as runs of text and fenced code blocks, in order: a block opens at a fence and closes
 * at a fence of the same character at least as long; one left open runs to the end, as in
 * Markdown. Linear time.
 */
export function lineRuns(lines: readonly string[]): LineRun[] {
  const runs: LineRun[] = [];
  let text: string[] = [];
  let code: { fence: string; lines: string[] } | undefined;
  for (const line of lines) {
    const fence = fenceOf(line);
    if (code !== undefined) {
      code.lines.push(line);
      if (fence !== undefined && closesFence(fence, code.fence)) {
        runs.push({ code: true, fence: code.fence, closed: true, lines: code.lines });
        code = undefined;
      }
    } else if (fence !== undefined) {
      if (text.length > 0) runs.push({ code: false, lines: text });
      text = [];
      code = { fence, lines: [line] };
    } else text.push(line);
  }
  if (code !== undefined) runs.push({ code: true, fence: code.fence, closed: false, lines: code.lines });
  if (text.length > 0) runs.push({ code: false, lines: text });
  return runs;
}
