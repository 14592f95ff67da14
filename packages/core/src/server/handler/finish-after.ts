import type { UIMessageChunk } from 'ai';
import type { AttuneMessageMetadata } from '../../message/message';

/**
 * Holds a UI message stream's `finish` chunk until `before` resolves, and sends the metadata it
 * resolves to (if any) just before it: work that runs alongside the model (recording the turn)
 * ends before the reply does, and can still mark the reply.
 */
export function finishAfter<Chunk extends UIMessageChunk>(
  stream: ReadableStream<Chunk>,
  before: () => Promise<AttuneMessageMetadata | undefined>,
): ReadableStream<Chunk> {
  let finished = false;
  const settle = async (controller: TransformStreamDefaultController<Chunk>) => {
    if (finished) return;
    finished = true;
    const metadata = await before();
    if (metadata) controller.enqueue({ type: 'message-metadata', messageMetadata: metadata } as Chunk);
  };
  return stream.pipeThrough(
    new TransformStream<Chunk, Chunk>({
      async transform(chunk, controller) {
        if (chunk.type === 'finish') await settle(controller);
        controller.enqueue(chunk);
      },
      async flush(controller) {
        await settle(controller);
      },
    }),
  );
}
