import type { LanguageModelV4 } from '@ai-sdk/provider';
import {
  AbstractChat,
  type ChatInit,
  type ChatOnErrorCallback,
  type ChatOnFinishCallback,
  type ChatTransport,
  DefaultChatTransport,
  type ToolSet,
} from 'ai';
import type { AttuneMessage } from '../message/message';
import { STYLE_AXES, type StyleAxis } from '../style/style';
import type { ChatSessionStore } from './chat-session-state';
import type { Learner } from './learning-queue';
import type { Personalization } from './personalization';
import { createPersonalizedTransport, type PersonalizedTransportOptions } from './personalized-transport';
import type { ReplySource } from './reply-source';
import { StoreChatState } from './store-chat-state';
import { transportReplySource } from './transport-reply-source';

/** Where replies come from: exactly one of a model, a transport or an endpoint URL. */
export type ReplyOrigin =
  | { model: LanguageModelV4; instructions: string | undefined; tools: ToolSet | undefined }
  | { transport: ChatTransport<AttuneMessage> }
  | { api: string };

/** What the session hands its engine. */
export interface ChatEngineOptions {
  id: string;
  generateId: () => string;
  store: ChatSessionStore;
  origin: ReplyOrigin;
  /** The body key Attune's request fields travel under. */
  bodyKey: string;
  personalization: Personalization;
  learner: Learner;
  warn: (warning: string) => void;
  onError: ChatOnErrorCallback;
  onFinish: ChatOnFinishCallback<AttuneMessage>;
  /** Runs client-side tools, as in `useChat`. */
  onToolCall: ChatInit<AttuneMessage>['onToolCall'];
  /** Sends again by itself when this says so (e.g. once every tool result is in). */
  sendAutomaticallyWhen: ChatInit<AttuneMessage>['sendAutomaticallyWhen'];
}

/** The part of the AI SDK's `AbstractChat` the session drives. */
export type ChatEngine = Pick<
  AbstractChat<AttuneMessage>,
  | 'sendMessage'
  | 'regenerate'
  | 'stop'
  | 'dispose'
  | 'resumeStream'
  | 'addToolOutput'
  | 'addToolApprovalResponse'
>;

class SessionChat extends AbstractChat<AttuneMessage> {}

/** An in-process model, with `streamText` loaded only when a reply is first requested. */
function modelSource(origin: Extract<ReplyOrigin, { model: LanguageModelV4 }>): ReplySource {
  let source: Promise<ReplySource> | undefined;
  return async (request) => {
    source ??= import('./model-reply-source').then((module) =>
      module.modelReplySource(origin.model, origin.instructions, origin.tools),
    );
    return (await source)(request);
  };
}

/** How an origin's replies come: an in-process model, or a transport (with reconnecting). */
function connectionOf(
  origin: ReplyOrigin,
  bodyKey: string,
): Pick<PersonalizedTransportOptions, 'source' | 'transport' | 'reconnect'> {
  if ('model' in origin) return { source: modelSource(origin), transport: 'in-process' };
  const remote =
    'transport' in origin ? origin.transport : new DefaultChatTransport<AttuneMessage>({ api: origin.api });
  return {
    source: transportReplySource(remote, bodyKey),
    transport: 'http',
    reconnect: (request) => remote.reconnectToStream(request),
  };
}

/** The style axes an in-process model declares it realizes (`styleAxes`, as the offline model does). */
function declaredAxes(origin: ReplyOrigin): { styleAxes?: readonly StyleAxis[] } {
  if (!('model' in origin) || !('styleAxes' in origin.model)) return {};
  const axes = origin.model.styleAxes;
  return Array.isArray(axes) ? { styleAxes: axes.filter((axis) => STYLE_AXES.includes(axis)) } : {};
}

/**
 * The session's streaming engine: the AI SDK's `AbstractChat` over the session's zustand
 * store (`StoreChatState`), talking to the personalized transport. The session loads this
 * module on demand, so a page's first load carries no AI SDK runtime.
 */
export function createChatEngine(options: ChatEngineOptions): ChatEngine {
  const { id, generateId, store, personalization, learner, warn, origin } = options;
  return new SessionChat({
    id,
    generateId,
    state: new StoreChatState(store),
    transport: createPersonalizedTransport({
      ...connectionOf(origin, options.bodyKey),
      personalization,
      learner,
      warn,
      generateId,
      ...declaredAxes(options.origin),
    }),
    onError: options.onError,
    onFinish: options.onFinish,
    onToolCall: options.onToolCall,
    sendAutomaticallyWhen: options.sendAutomaticallyWhen,
  });
}
