'use client';
import {
  type ChatSession,
  type ChatSessionOptions,
  createPersona,
  createPersonalization,
  type Personalization,
} from '@attune/core';
import { useChatSession } from '@attune/core/react';
import { useEffect, useState } from 'react';
import { lastReplyHasApprovalAnswers } from './approval-answers';
import type { PersonaPanelSource } from './persona-panel-source';

/** Where a chat gets its session: an existing one, or the options to create one. */
export interface ChatSessionSource
  extends Pick<
    ChatSessionOptions,
    | 'id'
    | 'api'
    | 'lastMessageOnly'
    | 'model'
    | 'transport'
    | 'instructions'
    | 'personalization'
    | 'storage'
    | 'messages'
    | 'preload'
    | 'onToolCall'
    | 'sendAutomaticallyWhen'
    | 'onFinish'
    | 'onData'
    | 'onError'
    | 'messageMetadataSchema'
    | 'dataPartSchemas'
  > {
  /** An existing session (then the other session options are ignored). */
  session?: ChatSession;
  /**
   * Picks up a reply still streaming on the server when the chat mounts (`GET {api}/{id}/stream`,
   * as `useChat({ resume: true })`; give a stable `id`, or `storage` that keeps it).
   */
  resume?: boolean;
  /**
   * The persona shown in the preferences panel. By default, the persona of the chat's own
   * personalization; `false` hides the panel.
   */
  persona?: PersonaPanelSource | false;
}

/** A personalization that also exposes the persona it learns into. */
type WithPersona = Personalization & { persona?: PersonaPanelSource };

/**
 * Resolves a chat's session and persona. A chat that creates its own session is personalized
 * by default (`createPersonalization`'s defaults: preference-bridged alignment, in-process for a
 * `model`, over HTTP only the compact persona payload and learned signals), so `<Chat model={…}/>`
 * and `<Chat api="…"/>` adapt to their user with no further setup. Such a session sends again
 * once the user has answered every approval the reply asked for (the kit's Approve / Deny), and
 * whenever `sendAutomaticallyWhen` says so (e.g. the AI SDK's
 * `lastAssistantMessageIsCompleteWithToolCalls` for client-side tools). Replies are checked
 * against `messageMetadataSchema` and `dataPartSchemas` as `useChat` checks them. Callbacks and
 * schemas are those of the first render, as with `useChatSession`.
 */
export function useChatSource({
  session,
  persona,
  id,
  api,
  lastMessageOnly,
  model,
  transport,
  instructions,
  personalization,
  storage,
  messages,
  preload,
  onToolCall,
  sendAutomaticallyWhen,
  onFinish,
  onData,
  onError,
  messageMetadataSchema,
  dataPartSchemas,
  resume = false,
}: ChatSessionSource): { session: ChatSession; persona: PersonaPanelSource | undefined } {
  const [ownPersonalization] = useState<WithPersona | undefined>(() =>
    session || personalization ? undefined : createPersonalization({ persona: createPersona() }),
  );
  const used: WithPersona | undefined = personalization ?? ownPersonalization;
  const resolved = useChatSession(
    session ?? {
      id,
      api,
      lastMessageOnly,
      model,
      transport,
      instructions,
      personalization: used,
      storage,
      messages,
      preload,
      onToolCall,
      // The kit's own Approve / Deny always reach the server; the app's rule adds to that.
      sendAutomaticallyWhen: (options) =>
        lastReplyHasApprovalAnswers(options) || (sendAutomaticallyWhen?.(options) ?? false),
      onFinish,
      onData,
      onError,
      messageMetadataSchema,
      dataPartSchemas,
    },
  );
  useEffect(() => {
    // A failure shows in the session's status, as for any request.
    if (resume) resolved.resumeStream().catch(() => {});
  }, [resume, resolved]);
  if (persona === false) return { session: resolved, persona: undefined };
  return { session: resolved, persona: persona ?? (session ? undefined : used?.persona) };
}
