import type { UIMessage } from 'ai';
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  type AttuneMessage,
  type ChatSession,
  type ChatSessionOptions,
  type ChatSessionState,
  type Comparison,
  createPersonalization,
  type Persona,
  type Personalization,
  type SendOptions,
} from '../index';
import { useChatSession } from './use-chat-session';
import { useChatStore } from './use-chat-store';

/**
 * Options of {@link useAttuneChat}: `useChat`'s, plus Attune's. With none of `model`, `transport`
 * or `api` the hook posts to `/api/chat`, as `useChat` does.
 */
export interface UseAttuneChatOptions extends Omit<ChatSessionOptions, 'personalization'> {
  /** An existing session; the other options are then ignored. */
  session?: ChatSession;
  /**
   * How replies adapt to the user. By default the hook learns a persona and conditions every
   * reply on it (as `<Chat>` does); `false` turns personalization off.
   */
  personalization?: Personalization | false;
  /** Picks up a reply still streaming on the server when the component mounts (as `useChat`'s `resume`). */
  resume?: boolean;
}

/** Per-request options: the app's own `body` fields and `headers`. */
export type RequestOptions = Pick<SendOptions, 'body' | 'headers'>;

/** Files to attach: a `FileList`, `File[]` or the AI SDK's file parts. */
type FileInput = NonNullable<SendOptions['files']>;

/**
 * A message to send, as `useChat`'s `sendMessage` takes it: `metadata` lands on the user message,
 * `messageId` replaces that user message and drops what followed it.
 */
export type SendMessageInput<UI_MESSAGE extends UIMessage = AttuneMessage> = (
  | { text: string; files?: FileInput; parts?: never }
  | { files: FileInput; text?: never; parts?: never }
  | { parts: AttuneMessage['parts']; text?: never; files?: never }
) & { metadata?: UI_MESSAGE['metadata']; messageId?: string };

/** A comparison waiting for the user's choice, on the reply that carries it. */
export interface PendingComparison {
  /** The id of the reply. */
  messageId: string;
  /** The two candidates; decide with `choose(comparison.id, 0 | 1 | 'none')`. */
  comparison: Comparison;
}

/**
 * What {@link useAttuneChat} returns: the shape of `useChat`, plus Attune's feedback and persona.
 * `UI_MESSAGE` is the app's own message type, as `useChat<MyUIMessage>()` takes it.
 */
export interface UseAttuneChatHelpers<UI_MESSAGE extends UIMessage = AttuneMessage> {
  /** The session id. */
  id: string;
  /**
   * The conversation, typed as the app's `UI_MESSAGE` (its tools, data parts and metadata, which
   * its server decides, as with `useChat`); Attune's metadata (`AttuneMessageMetadata`) is there too.
   */
  messages: UI_MESSAGE[];
  /** Replaces the conversation at once. */
  setMessages: ChatSession['setMessages'];
  /**
   * Sends a message (text, files, or parts, with its `metadata`), or replaces the user message
   * `messageId` and what followed it, with optional per-request `body` and `headers`.
   */
  sendMessage(message: SendMessageInput<UI_MESSAGE>, options?: RequestOptions): Promise<void>;
  /** Regenerates a reply (the last one by default). */
  regenerate(options?: { messageId?: string } & RequestOptions): Promise<void>;
  /** Stops the reply in progress. */
  stop(): Promise<void>;
  /** Picks up a reply still streaming on the server. */
  resumeStream(options?: RequestOptions): Promise<void>;
  /** Gives a client-side tool's result. */
  addToolOutput: ChatSession['addToolOutput'];
  /** @deprecated The AI SDK's old name of `addToolOutput`. */
  addToolResult: ChatSession['addToolOutput'];
  /** Answers a tool call that asked for approval. */
  addToolApprovalResponse: ChatSession['addToolApprovalResponse'];
  /** `submitted`, `streaming`, `ready` or `error`. */
  status: ChatSessionState['status'];
  /** The last request's error while `status` is `error`. */
  error: Error | undefined;
  /** Leaves the error state. */
  clearError(): void;
  /** Puts a thumb on a reply (`null` removes it); the persona learns from it. */
  rate: ChatSession['rate'];
  /** Decides a comparison; the persona learns from the choice. */
  choose: ChatSession['choose'];
  /** Edits a user message and resends it. */
  edit: ChatSession['edit'];
  /** Re-requests the last reply after an error or a stop. */
  retry: ChatSession['retry'];
  /** The comparison waiting for the user's choice, if any. */
  comparison: PendingComparison | undefined;
  /** The persona the hook's own personalization learns into (absent for a given session or personalization). */
  persona: Persona | undefined;
  /** The session underneath, for everything else. */
  session: ChatSession;
}

const selectStatus = (state: ChatSessionState) => state.status;
const selectError = (state: ChatSessionState) => state.error;
const selectMessages = (state: ChatSessionState) => state.messages;

/** The last reply's comparison while it waits for a choice. */
function pendingComparison(messages: readonly AttuneMessage[]): PendingComparison | undefined {
  const last = messages.at(-1);
  const comparison = last?.role === 'assistant' ? last.metadata?.comparison : undefined;
  return last && comparison && comparison.chosen === undefined
    ? { messageId: last.id, comparison }
    : undefined;
}

/** Where `useChat` (its `DefaultChatTransport`) posts when given no transport. */
const DEFAULT_API = '/api/chat';

/**
 * `useChat` with personalization: the same return shape as `@ai-sdk/react`'s `useChat` (`id`,
 * `messages`, `setMessages`, `sendMessage({ text, files, metadata, messageId }, { body, headers })`, `regenerate`,
 * `stop`, `resumeStream`, `addToolOutput`, `addToolApprovalResponse`, `status`, `error`,
 * `clearError`) over an Attune session, plus `rate`, `choose`, the pending comparison and the
 * persona. Takes the `UIMessage[]` an app already has, and its message type
 * (`useAttuneChat<MyUIMessage>()`, as `useChat<MyUIMessage>()`). The session is created once, on
 * the first render.
 */
export function useAttuneChat<UI_MESSAGE extends UIMessage = AttuneMessage>(
  options: UseAttuneChatOptions = {},
): UseAttuneChatHelpers<UI_MESSAGE> {
  const { session: given, personalization, resume = false, ...sessionOptions } = options;
  const source = sessionOptions.model ?? sessionOptions.transport ?? sessionOptions.api;
  const [own] = useState(() =>
    given || personalization !== undefined ? undefined : createPersonalization(),
  );
  const session = useChatSession(
    given ?? {
      ...sessionOptions,
      ...(source === undefined ? { api: DEFAULT_API } : {}),
      personalization: personalization === false ? undefined : (personalization ?? own),
    },
  );
  const messages = useChatStore(selectMessages, session);
  const status = useChatStore(selectStatus, session);
  const error = useChatStore(selectError, session);

  const sendMessage = useCallback(
    (message: SendMessageInput<UI_MESSAGE>, requestOptions?: RequestOptions) => {
      const { metadata, messageId } = message;
      const sendOptions: SendOptions = {
        ...requestOptions,
        ...(metadata === undefined ? {} : { metadata }),
        ...(messageId === undefined ? {} : { messageId }),
      };
      return message.parts
        ? session.send(message.parts, sendOptions)
        : session.send(message.text ?? '', { ...sendOptions, files: message.files });
    },
    [session],
  );
  const regenerate = useCallback(
    ({ messageId, ...requestOptions }: { messageId?: string } & RequestOptions = {}) =>
      session.regenerate(messageId, requestOptions),
    [session],
  );
  const comparison = useMemo(() => pendingComparison(messages), [messages]);
  useEffect(() => {
    // A failure shows in the session's status, as for any request.
    if (resume) session.resumeStream().catch(() => {});
  }, [resume, session]);

  return {
    id: session.id,
    // The app's type names what its server streams, as useChat's does; the messages are the same.
    messages: messages as readonly UIMessage[] as UI_MESSAGE[],
    setMessages: session.setMessages,
    sendMessage,
    regenerate,
    stop: session.stop,
    resumeStream: session.resumeStream,
    addToolOutput: session.addToolOutput,
    addToolResult: session.addToolOutput,
    addToolApprovalResponse: session.addToolApprovalResponse,
    status,
    error,
    clearError: session.clearError,
    rate: session.rate,
    choose: session.choose,
    edit: session.edit,
    retry: session.retry,
    comparison,
    persona: own?.persona,
    session,
  };
}
