import type { ShapingDimension } from '../message/message';
import type { DimensionReadout } from '../persona/readouts';
import type { Style } from '../style/style';
import { formatStyleBlock } from './style-block';
import { estimateTokens } from './token-estimate';

/** Heading of the profile block, as in the AlignX paper's prompt. */
export const PROFILE_HEADING = '## User Preferences';

const GUIDANCE = 'Shape the reply to suit these preferences without mentioning them.';

/**
 * The dimensions a profile may list: non-neutral ones that are pinned or at least
 * `minConfidence` sure, pinned first, then by confidence (highest first).
 */
export function rankProfileDimensions(
  directions: readonly DimensionReadout[],
  minConfidence: number,
): DimensionReadout[] {
  return directions
    .filter((readout) => readout.direction !== 0.5 && (readout.pinned || readout.confidence >= minConfidence))
    .sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.confidence - a.confidence);
}

/** A preference-bridged profile block and the dimensions it lists. */
export interface ProfileBlock {
  /** The block to append to the instructions; empty when nothing fits or nothing is known. */
  text: string;
  /** The dimensions listed, in the order listed. */
  listed: DimensionReadout[];
}

/**
 * Formats the preference-bridged (PBA) block: a "User Preferences" section with the
 * preferred pole labels of `ranked` (joined with ", " as the paper does), then the
 * `<attune-style/>` block for `style`. Within `maxTokens` (by `estimateTokens`): the
 * lowest-ranked labels are dropped first; the style block is dropped only when it does
 * not fit even alone. Only pole labels from the preference space and numbers are
 * written, never the user's own text.
 */
export function formatProfileBlock(
  ranked: readonly DimensionReadout[],
  style: Style,
  maxTokens: number,
): ProfileBlock {
  const styleBlock = formatStyleBlock(style);
  const hasStyle = styleBlock !== '<attune-style />' && styleBlock !== '<attune-style/>';
  const compose = (listed: readonly DimensionReadout[], withStyle: boolean): string => {
    const lines: string[] = [];
    if (listed.length > 0) {
      lines.push(PROFILE_HEADING, `The user prefers: ${listed.map((readout) => readout.label).join(', ')}.`);
    }
    if (withStyle) lines.push(...(listed.length > 0 ? [] : [PROFILE_HEADING]), GUIDANCE, styleBlock);
    else if (listed.length > 0) lines.push(GUIDANCE);
    return lines.join('\n');
  };
  for (const withStyle of hasStyle ? [true, false] : [false]) {
    for (let count = ranked.length; count >= 0; count--) {
      const listed = ranked.slice(0, count);
      if (listed.length === 0 && !withStyle) break;
      const text = compose(listed, withStyle);
      if (estimateTokens(text) <= maxTokens) return { text, listed };
    }
  }
  return { text: '', listed: [] };
}

/** The "why this reply" entries for the dimensions that shaped a reply. */
export function toShapingDimensions(listed: readonly DimensionReadout[]): ShapingDimension[] {
  return listed.map(({ id, label, direction, confidence, pinned }) => ({
    id,
    label,
    direction,
    confidence,
    ...(pinned ? { pinned } : {}),
  }));
}
