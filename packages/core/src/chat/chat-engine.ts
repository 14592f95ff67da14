import type { LanguageModelV4 } from '@ai-sdk/provider';
import type { ChatTransport, ToolSet } from 'ai';
import type { AttuneMessage } from '../message/message';
import { STYLE_AXES, type StyleAxis } from '../style/style';
import { createHttpChatTransport } from './http-chat-transport';
import type { Learner } from './learning-queue';
import type { Personalization } from './personalization';
import { createPersonalizedTransport, type PersonalizedTransportOptions } from './personalized-transport';
import type { ReplySource } from './reply-source';
import { type ChatEngine, createSessionChat, type SessionChatOptions } from './session-chat';
import { transportReplySource } from './transport-reply-source';

/** Where replies come from: exactly one of a model, a transport or an endpoint URL. */
export type ReplyOrigin =
  | { model: LanguageModelV4; instructions: string | undefined; tools: ToolSet | undefined }
  | { transport: ChatTransport<AttuneMessage> }
  | { api: string; lastMessageOnly: boolean };

/** What the session hands its engine. */
export interface ChatEngineOptions
  extends Pick<
    SessionChatOptions,
    | 'id'
    | 'generateId'
    | 'store'
    | 'onError'
    | 'onFinish'
    | 'onToolCall'
    | 'onData'
    | 'sendAutomaticallyWhen'
    | 'schemas'
  > {
  origin: ReplyOrigin;
  /** The body key Attune's request fields travel under. */
  bodyKey: string;
  personalization: Personalization;
  learner: Learner;
  warn: (warning: string) => void;
}

/** The session's warning once earlier files no longer travel with its requests. */
const FILES_LEFT_OUT =
  "Files from earlier messages are no longer sent: the conversation is over the server's size limit. The model is told they were left out.";

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
  warn: (warning: string) => void,
): Pick<PersonalizedTransportOptions, 'source' | 'transport' | 'reconnect'> {
  if ('model' in origin) return { source: modelSource(origin), transport: 'in-process' };
  const remote =
    'transport' in origin
      ? origin.transport
      : createHttpChatTransport(origin.api, { lastMessageOnly: origin.lastMessageOnly });
  return {
    source: transportReplySource(remote, bodyKey, () => warn(FILES_LEFT_OUT)),
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
 * The session's streaming engine: the session chat (`createSessionChat`) over the session's
 * zustand store, talking to the personalized transport, which asks the origin: an `api`
 * endpoint over HTTP (`createHttpChatTransport`), an app's own transport, or an in-process
 * model (whose `streamText` loads only when it is first asked). The session loads this module
 * on demand; it carries no AI SDK runtime.
 */
export function createChatEngine(options: ChatEngineOptions): ChatEngine {
  const { personalization, learner, warn, generateId, origin } = options;
  return createSessionChat({
    ...options,
    transport: createPersonalizedTransport({
      ...connectionOf(origin, options.bodyKey, options.warn),
      personalization,
      learner,
      warn,
      generateId,
      ...declaredAxes(origin),
    }),
  });
}
