import type { Style, StyleAxis } from '../style/style';

/** Where a style axis sits: clearly low, around neutral, or clearly high. */
export type StyleLevel = 'low' | 'neutral' | 'high';

/** Levels at or beyond ±0.33 change the reply; nearer zero counts as neutral. */
const THRESHOLD = 0.33;

/** Reads one axis of a style as a coarse level (a missing axis is neutral). */
export function styleLevel(style: Style, axis: StyleAxis): StyleLevel {
  const level = style[axis] ?? 0;
  if (level >= THRESHOLD) return 'high';
  if (level <= -THRESHOLD) return 'low';
  return 'neutral';
}
