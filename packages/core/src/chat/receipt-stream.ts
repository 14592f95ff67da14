import type { UIMessageChunk } from 'ai';
import type { AttuneMessageMetadata, ConditioningReceipt } from '../message/message';
import { NOT_CONDITIONED, receiptIn } from './conditioning-receipt';
import { CONTENT_FREE_CHUNKS } from './inject-metadata';

/** The metadata a reply records for its receipt: the receipt, and the style and dimensions it names. */
export function receiptMetadata(receipt: ConditioningReceipt): AttuneMessageMetadata {
  if (receipt.source === 'none') return { conditioning: receipt };
  return {
    conditioning: receipt,
    ...(receipt.style ? { style: receipt.style } : {}),
    ...(receipt.shapedBy ? { shapedBy: receipt.shapedBy } : {}),
  };
}

/** The first receipt among recorded chunks. */
export function receiptAmong(chunks: readonly UIMessageChunk[]): ConditioningReceipt | undefined {
  for (const chunk of chunks) {
    const receipt = receiptIn(chunk);
    if (receipt) return receipt;
  }
  return undefined;
}

/**
 * The chunk without the receipt it carries: the receipt is recorded with the first content, so
 * a reply that fails before any content leaves no empty message behind.
 */
function withoutReceipt(chunk: UIMessageChunk): UIMessageChunk {
  if (chunk.type !== 'start' && chunk.type !== 'message-metadata') return chunk;
  const { conditioning: _receipt, ...rest } = chunk.messageMetadata as Record<string, unknown>;
  if (chunk.type === 'message-metadata') return { ...chunk, messageMetadata: rest };
  const { messageMetadata: _metadata, ...start } = chunk;
  return Object.keys(rest).length > 0 ? { ...start, messageMetadata: rest } : start;
}

/**
 * Records a reply's receipt in its metadata, right before the first content chunk (or the
 * `finish` chunk of an empty reply): `style` and `shapedBy` come only from what the producer
 * says it applied. A stream without a receipt is recorded as not conditioned and reported
 * through `onReceipt(undefined)`; `onReceipt` is called once per stream either way.
 */
export function withReceiptMetadata(
  stream: ReadableStream<UIMessageChunk>,
  onReceipt: (receipt: ConditioningReceipt | undefined) => void,
): ReadableStream<UIMessageChunk> {
  let receipt: ConditioningReceipt | undefined;
  let recorded = false;
  return stream.pipeThrough(
    new TransformStream<UIMessageChunk, UIMessageChunk>({
      transform(chunk, controller) {
        const carried = receiptIn(chunk);
        receipt ??= carried;
        if (!recorded && !CONTENT_FREE_CHUNKS.has(chunk.type)) {
          recorded = true;
          onReceipt(receipt);
          controller.enqueue({
            type: 'message-metadata',
            messageMetadata: receiptMetadata(receipt ?? NOT_CONDITIONED),
          });
        }
        controller.enqueue(carried ? withoutReceipt(chunk) : chunk);
      },
    }),
  );
}
