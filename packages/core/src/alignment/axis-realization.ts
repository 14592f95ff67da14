import type { Signal } from '../persona/signals';
import { STYLE_AXES, type Style, type StyleAxis } from '../style/style';

/**
 * How well the reply model realizes a requested difference on each style axis, in [0, 1]
 * (1 = as asked, 0 = not at all); a missing axis is assumed realized. Learned from the
 * candidates of active comparisons, so the planner stops asking about axes the model
 * cannot vary (a choice between two replies that do not differ teaches nothing).
 */
export type AxisRealization = Partial<Record<StyleAxis, number>>;

/** Requested differences smaller than this are not used to judge realization. */
const MIN_REQUESTED = 0.2;

/**
 * Updates the realization after a comparison with known styles: on the axis the two
 * requested styles differ most, the measured difference (`detect` on both texts) over the
 * requested one, clamped to [0, 1], averaged half-and-half with the previous value.
 * Other signals leave it unchanged.
 */
export function updateRealization(
  realization: AxisRealization,
  signal: Signal,
  detect: (text: string) => Style,
): AxisRealization {
  if (signal.kind !== 'comparison' || !signal.chosenStyle || !signal.rejectedStyle) return realization;
  const { chosenStyle, rejectedStyle } = signal;
  const requested = (axis: StyleAxis) => (chosenStyle[axis] ?? 0) - (rejectedStyle[axis] ?? 0);
  const axis = [...STYLE_AXES].sort((a, b) => Math.abs(requested(b)) - Math.abs(requested(a)))[0];
  if (!axis || Math.abs(requested(axis)) < MIN_REQUESTED) return realization;
  const measured = (detect(signal.chosen)[axis] ?? 0) - (detect(signal.rejected)[axis] ?? 0);
  const ratio = Math.max(0, Math.min(1, measured / requested(axis)));
  const previous = realization[axis];
  return {
    ...realization,
    [axis]: Math.round((previous === undefined ? ratio : (previous + ratio) / 2) * 1000) / 1000,
  };
}
