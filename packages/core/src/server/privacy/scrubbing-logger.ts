import { scrubPii } from './scrub-pii';
import type { TextScrubber } from './scrub-signal';

/** The logging methods Attune writes to; `console` satisfies it. */
export interface Logger {
  /** Detail for debugging. */
  debug(...args: unknown[]): void;
  /** Normal operation worth recording. */
  info(...args: unknown[]): void;
  /** Something went wrong and was handled. */
  warn(...args: unknown[]): void;
  /** Something failed. */
  error(...args: unknown[]): void;
}

const MAX_DEPTH = 8;

function scrubValue(value: unknown, scrub: TextScrubber, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return scrub(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH || seen.has(value)) return '[…]';
  seen.add(value);
  if (value instanceof Error) {
    const copy = new Error(scrub(value.message));
    copy.name = value.name;
    if (value.stack !== undefined) copy.stack = scrub(value.stack);
    return copy;
  }
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, scrub, depth + 1, seen));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = scrubValue(item, scrub, depth + 1, seen);
  return copy;
}

/**
 * Wraps `logger` so that every string it is given, including strings inside objects, arrays and
 * error messages, is scrubbed of personal data before it reaches the underlying logger.
 */
export function createScrubbingLogger(logger: Logger, scrub: TextScrubber = scrubPii): Logger {
  const wrap =
    (write: (...args: unknown[]) => void) =>
    (...args: unknown[]): void =>
      write(...args.map((arg) => scrubValue(arg, scrub, 0, new WeakSet())));
  return {
    debug: wrap(logger.debug.bind(logger)),
    info: wrap(logger.info.bind(logger)),
    warn: wrap(logger.warn.bind(logger)),
    error: wrap(logger.error.bind(logger)),
  };
}
