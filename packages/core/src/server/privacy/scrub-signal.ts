import type { Signal } from '../../persona/signals';
import { scrubPii } from './scrub-pii';

/** A function that removes personal data from a piece of text. */
export type TextScrubber = (text: string) => string;

/**
 * Returns a copy of `signal` with every free-text field (prompts, replies, the user's own words,
 * self-descriptions) passed through `scrub`. Dimension ids, numbers and styles are kept as they are.
 */
export function scrubSignal<S extends Signal>(signal: S, scrub: TextScrubber = scrubPii): S {
  switch (signal.kind) {
    case 'comparison':
      return {
        ...signal,
        prompt: scrub(signal.prompt),
        chosen: scrub(signal.chosen),
        rejected: scrub(signal.rejected),
      };
    case 'rating':
      return signal.prompt === undefined
        ? { ...signal, text: scrub(signal.text) }
        : { ...signal, text: scrub(signal.text), prompt: scrub(signal.prompt) };
    case 'user-text':
    case 'description':
      return { ...signal, text: scrub(signal.text) };
    case 'explicit':
      return { ...signal };
  }
}
