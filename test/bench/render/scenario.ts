import type { ChatTransport, UIMessage, UIMessageChunk } from 'ai';

/** Messages already in the thread when the reply starts streaming. */
export const THREAD_LENGTH = 1000;
/** Text chunks in the streamed reply. */
export const REPLY_CHUNKS = 2000;

/** The scenario's size; a page reads `window.renderScenario` when a test sets a smaller one. */
export interface RenderScenario {
  threadLength: number;
  replyChunks: number;
}

/** The scenario in effect in this page. */
export function currentScenario(): RenderScenario {
  const given = (globalThis as { renderScenario?: Partial<RenderScenario> }).renderScenario;
  return {
    threadLength: given?.threadLength ?? THREAD_LENGTH,
    replyChunks: given?.replyChunks ?? REPLY_CHUNKS,
  };
}

const sentence =
  'Your parcel left the depot this morning and should arrive tomorrow between nine and noon; ' +
  'you can change the delivery slot from the tracking page if that time does not suit you.';

/** The thread: alternating user and assistant messages of a support conversation. */
export function buildThread(length = currentScenario().threadLength): UIMessage[] {
  return Array.from({ length }, (_, index) => ({
    id: `m${index}`,
    role: index % 2 === 0 ? 'user' : 'assistant',
    parts: [{ type: 'text', text: index % 2 === 0 ? `Question ${index}: where is my parcel?` : sentence }],
  }));
}

/** Yields to the event loop (a macrotask without the 4 ms timer clamp), so each chunk is its own task. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * A transport that answers with `chunks` text deltas, one per task: the same chunks reach the
 * Attune session and the AI SDK's `useChat`, so only state handling and rendering differ.
 */
export function scriptedTransport<M extends UIMessage>(
  chunks = currentScenario().replyChunks,
): ChatTransport<M> {
  return {
    async sendMessages() {
      let sent = 0;
      return new ReadableStream<UIMessageChunk>({
        start(controller) {
          controller.enqueue({ type: 'start' });
          controller.enqueue({ type: 'text-start', id: 'reply' });
        },
        async pull(controller) {
          await nextTask();
          if (sent < chunks) {
            controller.enqueue({ type: 'text-delta', id: 'reply', delta: `word${sent % 10} ` });
            sent += 1;
            return;
          }
          controller.enqueue({ type: 'text-end', id: 'reply' });
          controller.enqueue({ type: 'finish' });
          controller.close();
        },
      });
    },
    reconnectToStream: async () => null,
  };
}
