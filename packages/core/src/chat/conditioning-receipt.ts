import type { UIMessageChunk } from 'ai';
import type { ConditioningReceipt, ConditioningSource } from '../message/message';
import type { Conditioning } from './personalization';

/** The receipt of a reply that was not conditioned. */
export const NOT_CONDITIONED: ConditioningReceipt = { source: 'none' };

/**
 * The receipt for `conditioning` applied from `source` (`{ source: 'none' }` when it adds nothing
 * to the request). An app's own AI SDK route that conditions with `conditionFromPayload` sends it
 * as the reply's `start` metadata (`messageMetadata: () => ({ conditioning })`), so the client
 * knows the reply was personalized (and keeps comparisons on).
 */
export function conditioningReceipt(
  conditioning: Conditioning,
  source: ConditioningSource,
): ConditioningReceipt {
  const examples = conditioning.examples?.length ?? 0;
  if (!conditioning.instructions?.trim() && examples === 0) return NOT_CONDITIONED;
  return {
    mode: conditioning.mode ?? (examples > 0 ? 'ica' : 'pba'),
    source,
    ...(conditioning.style && Object.keys(conditioning.style).length > 0
      ? { style: conditioning.style }
      : {}),
    ...(conditioning.shapedBy && conditioning.shapedBy.length > 0 ? { shapedBy: conditioning.shapedBy } : {}),
    ...(examples > 0 ? { examples } : {}),
  };
}

/** The receipt a chunk carries (`start` or `message-metadata` with `conditioning`), if any. */
export function receiptIn(chunk: UIMessageChunk): ConditioningReceipt | undefined {
  if (chunk.type !== 'start' && chunk.type !== 'message-metadata') return undefined;
  const metadata = chunk.messageMetadata;
  if (typeof metadata !== 'object' || metadata === null || !('conditioning' in metadata)) return undefined;
  const receipt = (metadata as { conditioning: unknown }).conditioning;
  if (typeof receipt !== 'object' || receipt === null || !('source' in receipt)) return undefined;
  return receipt as ConditioningReceipt;
}

/** The comparable content of a receipt: what reached the model, not where it came from. */
const appliedKey = (receipt: ConditioningReceipt): string =>
  receipt.source === 'none'
    ? 'none'
    : JSON.stringify([
        receipt.mode,
        Object.entries(receipt.style ?? {}).sort(([a], [b]) => a.localeCompare(b)),
        (receipt.shapedBy ?? []).map((dimension) => [dimension.id, dimension.direction]),
        receipt.examples ?? 0,
      ]);

/** True when two receipts applied the same conditioning (so their replies differ only by sampling). */
export function sameConditioning(a: ConditioningReceipt, b: ConditioningReceipt): boolean {
  return appliedKey(a) === appliedKey(b);
}
