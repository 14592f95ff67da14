import type { streamText, ToolSet, UIMessage } from 'ai';

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
}

/** Fixed `streamText` options, or a function of the request's conditioned instructions returning them. */
export type ChatStreamOptionsInput<TOOLS extends ToolSet = ToolSet> =
  | ChatStreamOptions<TOOLS>
  | ((context: ChatStreamContext) => ChatStreamOptions<TOOLS> | Promise<ChatStreamOptions<TOOLS>>);
