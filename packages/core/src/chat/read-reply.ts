import { readUIMessageStream, type UIMessageChunk } from 'ai';
import type { AttuneMessage } from '../message/message';
import { messageText } from '../message/message-text';

/** A reply read to the end: its chunks (for replay) and its final text. */
export interface ReadReply {
  chunks: UIMessageChunk[];
  text: string;
}

/** A stream that replays recorded chunks. */
export function replayChunks(chunks: readonly UIMessageChunk[]): ReadableStream<UIMessageChunk> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

/**
 * Reads a whole reply stream, keeping its chunks and assembling its text with the AI
 * SDK's `readUIMessageStream`. Rejects when the stream carries an error chunk.
 */
export async function readReply(stream: ReadableStream<UIMessageChunk>): Promise<ReadReply> {
  const chunks: UIMessageChunk[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (value.type === 'error') {
      await reader.cancel().catch(() => {});
      throw new Error(value.errorText);
    }
    chunks.push(value);
  }
  let message: AttuneMessage | undefined;
  for await (const state of readUIMessageStream<AttuneMessage>({ stream: replayChunks(chunks) })) {
    message = state;
  }
  return { chunks, text: message ? messageText(message) : '' };
}
