import type { Style } from '../alignment/style';
import type { AttributeDetector } from './detect-attributes';

/** The local text detectors: the persona's default `detect` and the alignment's default `detectStyle`. */
export interface LocalDetectors {
  /** Attribute levels of a text (style axes, tone marks, sentiment, topics). */
  detectAttributes: AttributeDetector;
  /** The style axes of a text. */
  detectStyle: (text: string) => Style;
}

let loaded: LocalDetectors | undefined;
let loading: Promise<LocalDetectors> | undefined;

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Loads the local detectors once. Their lexicons (AFINN sentiment, syllable counts) are most
 * of the persona engine's weight, so browser builds fetch them as a separate chunk, after the
 * page's first load; every caller shares the one load, and a failed load can be retried.
 */
export function loadLocalDetectors(): Promise<LocalDetectors> {
  loading ??= import('./detect-attributes').then(
    (module) => {
      loaded = { detectAttributes: module.detectAttributes, detectStyle: module.detectStyle };
      return loaded;
    },
    (error: unknown) => {
      loading = undefined;
      throw new Error(`The local text detectors could not be loaded: ${reason(error)}`, { cause: error });
    },
  );
  return loading;
}

/**
 * The local detectors once `loadLocalDetectors()` resolved. Throws a clear error before: a
 * persona or personalization that reads texts must be awaited first (`ready()`; sessions do it).
 */
export function localDetectors(): LocalDetectors {
  if (loaded) return loaded;
  throw new Error(
    'The local text detectors are still loading: await persona.ready() (sessions do) before observing or scoring texts, or pass `detect` (e.g. detectAttributes from @attune/core/detectors).',
  );
}
