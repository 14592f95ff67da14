import type { UIMessageChunk } from 'ai';
import { type SourcePart, sourceParts } from '../message/message-sources';
import { messageText } from '../message/message-text';
import { createReplyReducer } from './reply-reducer';
import { chunkError } from './ui-message-event-stream';

/** A reply read to the end: its chunks (for replay), its final text and the sources it cites. */
export interface ReadReply {
  chunks: UIMessageChunk[];
  text: string;
  /** Its `source-url` and `source-document` parts, in order. */
  sources: SourcePart[];
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
 * Reads a whole reply stream, keeping its chunks and assembling its text with the reply
 * reducer the session streams with. Rejects when the stream carries an error chunk or a chunk
 * the reducer refuses.
 */
export async function readReply(stream: ReadableStream<UIMessageChunk>): Promise<ReadReply> {
  const chunks: UIMessageChunk[] = [];
  const reply = createReplyReducer();
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (value.type === 'error') throw chunkError(value);
      reply.apply(value);
      chunks.push(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => {});
    throw error;
  }
  return { chunks, text: messageText(reply.message), sources: sourceParts(reply.message) };
}
