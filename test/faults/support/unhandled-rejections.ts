/** Collects the process's unhandled rejections while a test file runs. */
export function trackUnhandledRejections(): { list: unknown[]; stop(): void } {
  const list: unknown[] = [];
  const listener = (reason: unknown) => list.push(reason);
  process.on('unhandledRejection', listener);
  return { list, stop: () => process.off('unhandledRejection', listener) };
}
