import type { ToolSet } from 'ai';
import type { ChatStreamContext } from './chat-stream-options';

/** What a `tools` function of the handler receives for each request, before the messages are read. */
export type ChatToolsContext = Pick<ChatStreamContext, 'request' | 'userId' | 'chatId' | 'body'>;

/**
 * The handler's tools: one fixed `ToolSet`, or a function of the request returning this request's
 * tools (tools that depend on the signed-in user, or that an MCP client lists per request).
 */
export type ChatToolsInput<TOOLS extends ToolSet = ToolSet> =
  | TOOLS
  | ((context: ChatToolsContext) => TOOLS | Promise<TOOLS>);
