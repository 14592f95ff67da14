/**
 * The style axes a reply can be asked for and measured on. Each level is in [-1, 1]:
 * - `detail`: -1 terse, +1 detailed and long;
 * - `formality`: -1 casual, +1 formal;
 * - `warmth`: -1 cold and curt, +1 warm and friendly;
 * - `humour`: -1 dry and serious, +1 playful and witty;
 * - `expertise`: -1 plain words for a beginner, +1 technical for an expert;
 * - `structure`: -1 flowing prose, +1 bullets and headings;
 * - `empathy`: -1 matter-of-fact, +1 acknowledges feelings.
 */
export const STYLE_AXES = [
  'detail',
  'formality',
  'warmth',
  'humour',
  'expertise',
  'structure',
  'empathy',
] as const;

/** One style axis. */
export type StyleAxis = (typeof STYLE_AXES)[number];

/** Requested or measured levels on some style axes; a missing axis is neutral (0). */
export type Style = Partial<Record<StyleAxis, number>>;
