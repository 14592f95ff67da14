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
