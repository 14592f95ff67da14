import type { UIMessageChunk } from 'ai';
import type { AttuneMessageMetadata } from '../message/message';

/** Chunks that carry no reply content (`finish` counts as content: it ends the message); metadata waits until content starts. */
export const CONTENT_FREE_CHUNKS: ReadonlySet<UIMessageChunk['type']> = new Set<UIMessageChunk['type']>([
  'start',
  'start-step',
  'finish-step',
  'error',
  'abort',
  'message-metadata',
]);

/**
 * Adds Attune metadata to a reply stream as `message-metadata` chunks: `metadata` right
 * before the first content chunk (so a reply that fails before any content leaves no
 * empty message), and what `beforeFinish` resolves to right before the `finish` chunk.
 */
export function injectMetadata(
  stream: ReadableStream<UIMessageChunk>,
  metadata: AttuneMessageMetadata,
  beforeFinish?: () => Promise<AttuneMessageMetadata | undefined>,
): ReadableStream<UIMessageChunk> {
  let injected = Object.keys(metadata).length === 0;
  return stream.pipeThrough(
    new TransformStream<UIMessageChunk, UIMessageChunk>({
      async transform(chunk, controller) {
        if (!injected && !CONTENT_FREE_CHUNKS.has(chunk.type)) {
          controller.enqueue({ type: 'message-metadata', messageMetadata: metadata });
          injected = true;
        }
        if (chunk.type === 'finish' && beforeFinish) {
          const extra = await beforeFinish();
          if (extra) controller.enqueue({ type: 'message-metadata', messageMetadata: extra });
        }
        controller.enqueue(chunk);
      },
    }),
  );
}
