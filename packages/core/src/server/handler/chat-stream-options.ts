import type { streamText, ToolSet, UIMessage, UIMessageStreamOptions, UIMessageStreamWriter } from 'ai';

/**
 * What the handler hands to `streamText` beyond the model, the tools and the conversation:
 * `stopWhen`, `providerOptions`, `maxOutputTokens`, `temperature`, `toolChoice`, `prepareStep`,
 * `toolApproval`, `experimental_toolApprovalSecret`, `onFinish`, ... Any `instructions` given
 * here replace the conditioned ones; an `onError` runs after the handler's own report.
 */
export type ChatStreamOptions<TOOLS extends ToolSet = ToolSet> = Omit<
  Parameters<typeof streamText<TOOLS>>[0],
  'model' | 'tools' | 'messages' | 'prompt' | 'system' | 'abortSignal'
>;

/** What a `streamOptions` function of the handler receives for each request. */
export interface ChatStreamContext {
  /** The server's instructions with the user's persona conditioning appended (what the model gets by default). */
  instructions: string | undefined;
  /** The validated conversation. */
  messages: UIMessage[];
  /** The user the request belongs to, when `getUserId` named one. */
  userId: string | undefined;
  /** The incoming request (headers, cookies, URL). */
  request: Request;
  /** The chat id the client sent (`useChat`'s `id`), when it sent one. */
  chatId: string | undefined;
  /**
   * The request's JSON body without Attune's key: `id`, `messages` (or `message`), `trigger` and
   * the app's own fields (`useChat`'s per-request `body`, e.g. `{ model: 'fast' }`), nested no
   * deeper than the `maxDepth` limit but otherwise not validated: check them before use. The
   * request's own body has been read.
   */
  body: Record<string, unknown>;
  /**
   * Writes the app's own chunks into the reply, as `createUIMessageStream`'s `writer` does: data
   * parts (`{ type: 'data-status', data }`; `transient: true` reaches only the client's `onData`),
   * e.g. from a tool through `experimental_context`.
   */
  writer: UIMessageStreamWriter;
}

/** Fixed `streamText` options, or a function of the request's conditioned instructions returning them. */
export type ChatStreamOptionsInput<TOOLS extends ToolSet = ToolSet> =
  | ChatStreamOptions<TOOLS>
  | ((context: ChatStreamContext) => ChatStreamOptions<TOOLS> | Promise<ChatStreamOptions<TOOLS>>);

/**
 * What a stock route gives `toUIMessageStreamResponse` / `createUIMessageStream`, for the reply's
 * UI message stream: `messageMetadata` (merged under the handler's own `start` metadata, the
 * receipt), `generateMessageId` (the reply's id, e.g. for persistence), `sendReasoning`
 * (default true), `redactToolErrors` (default false: a failed tool's error text reaches the client
 * and the next turn's model, as in a stock route; throw a safe error from the tool instead), and `onStepEnd` / `onEnd` (`onStepFinish` / `onFinish`) with the whole
 * conversation, the reply and the chunks the app wrote included, to save it.
 */
export type ChatUIMessageStreamOptions = Pick<
  UIMessageStreamOptions<UIMessage>,
  | 'messageMetadata'
  | 'generateMessageId'
  | 'sendReasoning'
  | 'redactToolErrors'
  | 'onStepEnd'
  | 'onStepFinish'
  | 'onEnd'
  | 'onFinish'
>;

/** Fixed UI message stream options, or a function of the request returning them. */
export type ChatUIMessageStreamOptionsInput =
  | ChatUIMessageStreamOptions
  | ((
      context: Omit<ChatStreamContext, 'writer'>,
    ) => ChatUIMessageStreamOptions | Promise<ChatUIMessageStreamOptions>);
