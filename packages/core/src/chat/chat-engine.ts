import type { LanguageModelV4 } from '@ai-sdk/provider';
import {
  AbstractChat,
  type ChatOnErrorCallback,
  type ChatOnFinishCallback,
  type ChatTransport,
  DefaultChatTransport,
} from 'ai';
import type { AttuneMessage } from '../message/message';
import type { ChatSessionStore } from './chat-session-state';
import type { Learner } from './learning-queue';
import type { Personalization } from './personalization';
import { createPersonalizedTransport } from './personalized-transport';
import type { ReplySource } from './reply-source';
import { StoreChatState } from './store-chat-state';
import { transportReplySource } from './transport-reply-source';

/** Where replies come from: exactly one of a model, a transport or an endpoint URL. */
export type ReplyOrigin =
  | { model: LanguageModelV4; instructions: string | undefined }
  | { transport: ChatTransport<AttuneMessage> }
  | { api: string };

/** What the session hands its engine. */
export interface ChatEngineOptions {
  id: string;
  generateId: () => string;
  store: ChatSessionStore;
  origin: ReplyOrigin;
  personalization: Personalization;
  learner: Learner;
  warn: (warning: string) => void;
  onError: ChatOnErrorCallback;
  onFinish: ChatOnFinishCallback<AttuneMessage>;
}

/** The part of the AI SDK's `AbstractChat` the session drives. */
export type ChatEngine = Pick<AbstractChat<AttuneMessage>, 'sendMessage' | 'regenerate' | 'stop' | 'dispose'>;

class SessionChat extends AbstractChat<AttuneMessage> {}

/** An in-process model, with `streamText` loaded only when a reply is first requested. */
function modelSource(model: LanguageModelV4, instructions: string | undefined): ReplySource {
  let source: Promise<ReplySource> | undefined;
  return async (request) => {
    source ??= import('./model-reply-source').then((module) => module.modelReplySource(model, instructions));
    return (await source)(request);
  };
}

function sourceOf(origin: ReplyOrigin): ReplySource {
  if ('model' in origin) return modelSource(origin.model, origin.instructions);
  if ('transport' in origin) return transportReplySource(origin.transport);
  return transportReplySource(new DefaultChatTransport<AttuneMessage>({ api: origin.api }));
}

/**
 * The session's streaming engine: the AI SDK's `AbstractChat` over the session's zustand
 * store (`StoreChatState`), talking to the personalized transport. The session loads this
 * module on demand, so a page's first load carries no AI SDK runtime.
 */
export function createChatEngine(options: ChatEngineOptions): ChatEngine {
  const { id, generateId, store, personalization, learner, warn } = options;
  return new SessionChat({
    id,
    generateId,
    state: new StoreChatState(store),
    transport: createPersonalizedTransport({
      source: sourceOf(options.origin),
      personalization,
      learner,
      warn,
      generateId,
    }),
    onError: options.onError,
    onFinish: options.onFinish,
  });
}
