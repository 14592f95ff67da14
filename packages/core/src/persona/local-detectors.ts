import { loadOnce } from '../lazy/load-once';
import type { Style } from '../style/style';
import type { AttributeDetector } from './detect-attributes';

/** The local text detectors: the persona's default `detect` and the alignment's default `detectStyle`. */
export interface LocalDetectors {
  /** Attribute levels of a text (style axes, tone marks, sentiment, topics). */
  detectAttributes: AttributeDetector;
  /** The style axes of a text. */
  detectStyle: (text: string) => Style;
}

const detectors = loadOnce(
  'The local text detectors',
  (): Promise<LocalDetectors> =>
    import('./detect-attributes').then(({ detectAttributes, detectStyle }) => ({
      detectAttributes,
      detectStyle,
    })),
);

/**
 * Loads the local detectors once. Their lexicons (AFINN sentiment, syllable counts) are most
 * of the persona engine's weight, so browser builds fetch them as a separate chunk, after the
 * page's first load; every caller shares the one load, and a failed load can be retried.
 */
export function loadLocalDetectors(): Promise<LocalDetectors> {
  return detectors.load();
}

/**
 * The local detectors once `loadLocalDetectors()` resolved. Throws a clear error before: a
 * persona or personalization that reads texts must be awaited first (`ready()`; sessions do it).
 */
export function localDetectors(): LocalDetectors {
  const loaded = detectors.current();
  if (loaded) return loaded;
  throw new Error(
    'The local text detectors are still loading: await persona.ready() (sessions do) before observing or scoring texts, or pass `detect` (e.g. detectAttributes from @attune/core/detectors).',
  );
}
