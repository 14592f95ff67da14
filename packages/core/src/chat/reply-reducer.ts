import type { DynamicToolUIPart, FinishReason, ToolUIPart, UIMessageChunk } from 'ai';
import type { AttuneMessage } from '../message/message';
import { isRecord } from '../validation/is-record';
import { ChatRequestError } from './chat-request-error';
import { parsePartialJson } from './partial-json';

type Part = AttuneMessage['parts'][number];
type ToolPart = ToolUIPart | DynamicToolUIPart;
/** The fields of a tool part as the reducer writes them (its state decides which apply). */
type ToolFields = Partial<Omit<DynamicToolUIPart, 'state'>> & { state: ToolPart['state'] } & Record<
    string,
    unknown
  >;

/** How a chunk changed the reply: not at all, quietly (no content yet), or visibly. */
export type ReplyChange = 'none' | 'quiet' | 'visible';

/** A tool call whose input is still streaming. */
interface ToolInput {
  text: string;
  toolName: string;
  dynamic: boolean;
  inputEncoding?: 'json' | 'text';
  title?: string;
  toolMetadata?: Record<string, unknown>;
}

/** Keys that must never be copied from a server's metadata into ours. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** `overlay` merged into `base` (objects deeply, anything else replaced), as the AI SDK merges metadata. */
function mergeMetadata(base: unknown, overlay: unknown): unknown {
  if (!isRecord(overlay)) return overlay;
  const merged: Record<string, unknown> = isRecord(base) ? { ...base } : {};
  for (const [key, value] of Object.entries(overlay)) {
    if (!UNSAFE_KEYS.has(key)) merged[key] = mergeMetadata(merged[key], value);
  }
  return merged;
}

/** The part without the keys whose value is `undefined`. */
function compact<T extends object>(part: T): T {
  return Object.fromEntries(Object.entries(part).filter(([, value]) => value !== undefined)) as T;
}

/** True for a tool call part (`tool-<name>` or `dynamic-tool`). */
export const isToolPart = (part: Part): part is ToolPart =>
  part.type === 'dynamic-tool' || part.type.startsWith('tool-');

const toolName = (part: ToolPart) => (part.type === 'dynamic-tool' ? part.toolName : part.type.slice(5));

const unexpected = (chunk: UIMessageChunk, what: string) =>
  new ChatRequestError(`The reply stream sent "${chunk.type}" for ${what}.`, { code: 'unexpected-chunk' });

/** Options of {@link createReplyReducer}. */
export interface ReplyReducerOptions {
  /** The assistant message the stream continues (after tool results); a new one otherwise. */
  continues?: AttuneMessage | undefined;
  /** The id of a new message, until a `start` chunk names one. */
  messageId?: string;
  /** A resumed stream: a `start` naming another message starts that message afresh. */
  resumed?: boolean;
}

/** A reply being assembled from its UI message chunks. */
export interface ReplyReducer {
  /** The reply so far; a new object after every change, never changed in place. */
  readonly message: AttuneMessage;
  /** Why the producer finished (`stop`, `tool-calls`, …), once its `finish` chunk came. */
  readonly finishReason: FinishReason | undefined;
  /** Folds one chunk into the reply; throws a `ChatRequestError` for a chunk the stream cannot send now. */
  apply(chunk: UIMessageChunk): ReplyChange;
  /** Rewrites the reply's parts (a tool result or an approval given while it streams). */
  updateParts(update: (part: Part) => Part): void;
}

/**
 * Assembles an assistant message from a UI message stream, as the AI SDK's stream processing
 * does, without its runtime: text and reasoning parts from their start/delta/end chunks, tool
 * calls through their input, approval and output states, sources, files, data parts (a
 * transient one is left out; a data part with an `id` is replaced in place), steps, and
 * metadata (merged). `error` and `abort` chunks change nothing here: the caller decides.
 * Every change gives a new message object whose unchanged parts keep their identity.
 */
export function createReplyReducer(options: ReplyReducerOptions = {}): ReplyReducer {
  const fresh = (id: string): AttuneMessage => ({ id, role: 'assistant', parts: [] });
  let message = options.continues?.role === 'assistant' ? options.continues : fresh(options.messageId ?? '');
  let finishReason: FinishReason | undefined;
  /** Open text and reasoning parts: `text:<id>` / `reasoning:<id>` → index in `parts`. */
  let open = new Map<string, number>();
  let toolInputs = new Map<string, ToolInput>();

  const stepStart = () => message.parts.findLastIndex((part) => part.type === 'step-start') + 1;
  const setParts = (parts: Part[]) => {
    message = { ...message, parts };
  };
  const push = (part: Part) => setParts([...message.parts, part]);
  const replaceAt = (index: number, part: Part) => {
    const parts = message.parts.slice();
    parts[index] = part;
    setParts(parts);
  };

  // A continued message may have tool inputs still streaming in its last step.
  for (const part of message.parts.slice(stepStart())) {
    if (isToolPart(part) && part.state === 'input-streaming') {
      toolInputs.set(part.toolCallId, {
        text: typeof part.rawInput === 'string' ? part.rawInput : '',
        toolName: toolName(part),
        dynamic: part.type === 'dynamic-tool',
        ...(part.title === undefined ? {} : { title: part.title }),
      });
    }
  }

  /** The index of the tool call `toolCallId`: in the current step first, then anywhere. */
  const toolIndex = (toolCallId: string, inCurrentStep = false): number => {
    const start = stepStart();
    const matches = (part: Part) => isToolPart(part) && part.toolCallId === toolCallId;
    const inStep = message.parts.findIndex((part, index) => index >= start && matches(part));
    return inStep !== -1 || inCurrentStep ? inStep : message.parts.findLastIndex(matches);
  };
  const existingTool = (chunk: UIMessageChunk & { toolCallId: string }): [number, ToolPart] => {
    const index = toolIndex(chunk.toolCallId);
    const part = message.parts[index];
    if (!part || !isToolPart(part))
      throw unexpected(chunk, `tool call "${chunk.toolCallId}", which never started`);
    return [index, part];
  };

  /** Writes a tool part: updates the one at `index` (or the call's part in this step), or adds it. */
  const writeTool = (
    call: { toolCallId: string; toolName: string; dynamic: boolean },
    fields: ToolFields,
    at?: number,
  ) => {
    const index = at ?? toolIndex(call.toolCallId, true);
    const previous = message.parts[index] as (ToolPart & Record<string, unknown>) | undefined;
    const { providerMetadata, ...rest } = fields;
    const results = fields.state === 'output-available' || fields.state === 'output-error';
    const part = compact({
      ...previous,
      // These always say what this chunk says (an omitted one is removed), as in the AI SDK.
      input: undefined,
      output: undefined,
      errorText: undefined,
      rawInput: undefined,
      preliminary: undefined,
      inputEncoding: undefined,
      ...(call.dynamic
        ? { type: 'dynamic-tool', toolName: call.toolName }
        : { type: `tool-${call.toolName}` }),
      toolCallId: call.toolCallId,
      ...rest,
      title: fields.title ?? previous?.title,
      toolMetadata: fields.toolMetadata ?? previous?.toolMetadata,
      providerExecuted: fields.providerExecuted ?? previous?.providerExecuted,
      ...(providerMetadata === undefined
        ? {}
        : results
          ? { resultProviderMetadata: providerMetadata }
          : { callProviderMetadata: providerMetadata }),
    }) as unknown as Part;
    if (previous) replaceAt(index, part);
    else push(part);
  };

  const setMetadata = (metadata: unknown): ReplyChange => {
    if (metadata == null) return 'none';
    message = {
      ...message,
      metadata: mergeMetadata(message.metadata, metadata) as AttuneMessage['metadata'],
    };
    return 'visible';
  };

  /** Appends a delta to the open text or reasoning part `key`. */
  const appendTo = (
    chunk: UIMessageChunk & { id: string; providerMetadata?: unknown },
    kind: 'text' | 'reasoning',
    delta: string,
    end: boolean,
  ): ReplyChange => {
    const key = `${kind}:${chunk.id}`;
    const index = open.get(key);
    const part = index === undefined ? undefined : message.parts[index];
    if (index === undefined || !part || part.type !== kind) {
      throw unexpected(
        chunk,
        `${kind} part "${chunk.id}", which is not open (a "${kind}-start" must come first)`,
      );
    }
    const citations =
      'citations' in chunk && chunk.citations !== undefined ? { citations: chunk.citations } : {};
    replaceAt(
      index,
      compact({
        ...part,
        ...citations,
        text: part.text + delta,
        providerMetadata: chunk.providerMetadata ?? part.providerMetadata,
        state: end ? 'done' : part.state,
      }) as Part,
    );
    if (end) open.delete(key);
    return 'visible';
  };

  const startPart = (kind: 'text' | 'reasoning', chunk: { id: string; providerMetadata?: unknown }) => {
    open.set(`${kind}:${chunk.id}`, message.parts.length);
    push(
      compact({
        type: kind,
        ...(kind === 'reasoning' ? { id: chunk.id } : {}),
        text: '',
        providerMetadata: chunk.providerMetadata,
        state: 'streaming',
      }) as Part,
    );
    return 'visible' as const;
  };

  const apply = (chunk: UIMessageChunk): ReplyChange => {
    switch (chunk.type) {
      case 'text-start':
      case 'reasoning-start':
        return startPart(chunk.type === 'text-start' ? 'text' : 'reasoning', chunk);
      case 'text-delta':
      case 'reasoning-delta':
        return appendTo(chunk, chunk.type === 'text-delta' ? 'text' : 'reasoning', chunk.delta, false);
      case 'text-end':
      case 'reasoning-end':
        return appendTo(chunk, chunk.type === 'text-end' ? 'text' : 'reasoning', '', true);
      case 'custom':
        push(compact({ type: 'custom', kind: chunk.kind, providerMetadata: chunk.providerMetadata }) as Part);
        return 'visible';
      case 'file':
      case 'reasoning-file':
        push(
          compact({
            type: chunk.type,
            mediaType: chunk.mediaType,
            url: chunk.url,
            providerMetadata: chunk.providerMetadata,
          }) as Part,
        );
        return 'visible';
      case 'source-url':
        push(
          compact({
            type: 'source-url',
            sourceId: chunk.sourceId,
            url: chunk.url,
            title: chunk.title,
            providerMetadata: chunk.providerMetadata,
          }) as Part,
        );
        return 'visible';
      case 'source-document':
        push(
          compact({
            type: 'source-document',
            sourceId: chunk.sourceId,
            mediaType: chunk.mediaType,
            title: chunk.title,
            filename: chunk.filename,
            providerMetadata: chunk.providerMetadata,
          }) as Part,
        );
        return 'visible';
      case 'steering-message':
        push({ type: 'steering-message', id: chunk.id, parts: chunk.parts } as Part);
        return 'visible';
      case 'tool-input-start': {
        const input: ToolInput = compact({
          text: '',
          toolName: chunk.toolName,
          dynamic: chunk.dynamic === true,
          inputEncoding: chunk.inputEncoding,
          title: chunk.title,
          toolMetadata: chunk.toolMetadata,
        });
        toolInputs.set(chunk.toolCallId, input);
        writeTool(
          { ...input, toolCallId: chunk.toolCallId },
          {
            state: 'input-streaming',
            input: undefined,
            inputEncoding: chunk.inputEncoding,
            providerExecuted: chunk.providerExecuted,
            providerMetadata: chunk.providerMetadata,
            title: chunk.title,
            toolMetadata: chunk.toolMetadata,
          },
        );
        return 'visible';
      }
      case 'tool-input-delta': {
        const input = toolInputs.get(chunk.toolCallId);
        if (!input) throw unexpected(chunk, `tool call "${chunk.toolCallId}", whose input never started`);
        input.text += chunk.inputTextDelta;
        const index = toolIndex(chunk.toolCallId, true);
        const previous = message.parts[index];
        const parsed = input.inputEncoding === 'text' ? input.text : parsePartialJson(input.text);
        writeTool(
          { ...input, toolCallId: chunk.toolCallId },
          {
            state: 'input-streaming',
            input: parsed ?? (previous && isToolPart(previous) ? previous.input : undefined),
            inputEncoding: input.inputEncoding,
            rawInput: input.text,
          },
        );
        return 'visible';
      }
      case 'tool-input-available':
        toolInputs.delete(chunk.toolCallId);
        writeTool(
          { ...chunk, dynamic: chunk.dynamic === true },
          {
            state: 'input-available',
            input: chunk.input,
            providerExecuted: chunk.providerExecuted,
            providerMetadata: chunk.providerMetadata,
            title: chunk.title,
            toolMetadata: chunk.toolMetadata,
          },
        );
        return 'visible';
      case 'tool-input-error': {
        toolInputs.delete(chunk.toolCallId);
        const existing = message.parts[toolIndex(chunk.toolCallId, true)];
        const dynamic = existing ? existing.type === 'dynamic-tool' : chunk.dynamic === true;
        writeTool(
          { ...chunk, dynamic },
          {
            state: 'output-error',
            input: chunk.input,
            errorText: chunk.errorText,
            providerExecuted: chunk.providerExecuted,
            providerMetadata: chunk.providerMetadata,
            toolMetadata: chunk.toolMetadata,
          },
        );
        return 'visible';
      }
      case 'tool-output-available':
      case 'tool-output-error': {
        const [index, part] = existingTool(chunk);
        const call = {
          toolCallId: chunk.toolCallId,
          toolName: toolName(part),
          dynamic: part.type === 'dynamic-tool',
        };
        writeTool(
          call,
          chunk.type === 'tool-output-available'
            ? {
                state: 'output-available',
                input: part.input,
                output: chunk.output,
                preliminary: chunk.preliminary,
                providerExecuted: chunk.providerExecuted,
                providerMetadata: chunk.providerMetadata,
                toolMetadata: chunk.toolMetadata,
              }
            : {
                state: 'output-error',
                input: part.input,
                rawInput:
                  part.type === 'dynamic-tool' ? undefined : (part as { rawInput?: unknown }).rawInput,
                errorText: chunk.errorText,
                providerExecuted: chunk.providerExecuted,
                providerMetadata: chunk.providerMetadata,
                toolMetadata: chunk.toolMetadata,
              },
          index,
        );
        return 'visible';
      }
      case 'tool-output-denied': {
        const [index, part] = existingTool(chunk);
        replaceAt(index, { ...part, state: 'output-denied' } as Part);
        return 'visible';
      }
      case 'tool-approval-request': {
        const [index, part] = existingTool(chunk);
        const approval = compact({
          id: chunk.approvalId,
          descriptor: chunk.approvalDescriptor,
          requestReason: chunk.reason,
          isAutomatic: chunk.isAutomatic === true ? true : undefined,
          signature: chunk.signature,
          ...('inputSchemaInput' in chunk ? { inputSchemaInput: chunk.inputSchemaInput } : {}),
        });
        replaceAt(index, { ...part, state: 'approval-requested', approval } as Part);
        return 'visible';
      }
      case 'tool-approval-response': {
        const index = message.parts.findIndex(
          (part) => isToolPart(part) && part.approval?.id === chunk.approvalId,
        );
        const part = message.parts[index];
        if (!part || !isToolPart(part))
          throw unexpected(chunk, `approval "${chunk.approvalId}", never requested`);
        replaceAt(
          index,
          compact({
            ...part,
            state: 'approval-responded',
            approval: compact({
              ...part.approval,
              id: chunk.approvalId,
              approved: chunk.approved,
              reason: chunk.reason,
            }),
            providerExecuted: chunk.providerExecuted ?? part.providerExecuted,
            callProviderMetadata: chunk.providerMetadata ?? part.callProviderMetadata,
          }) as Part,
        );
        return 'visible';
      }
      case 'start-step':
        // Shown with the next content, so a step that fails at once adds no empty message.
        push({ type: 'step-start' });
        return 'none';
      case 'finish-step':
        return 'none';
      case 'reset-step': {
        const start = stepStart();
        open = new Map();
        toolInputs = new Map();
        if (start === message.parts.length) return 'none';
        setParts(message.parts.slice(0, start));
        return 'visible';
      }
      case 'start': {
        const restart = options.resumed === true && chunk.messageId != null && chunk.messageId !== message.id;
        if (restart) {
          open = new Map();
          toolInputs = new Map();
          finishReason = undefined;
          message = fresh(chunk.messageId as string);
        } else if (chunk.messageId != null && chunk.messageId !== message.id) {
          message = { ...message, id: chunk.messageId };
        }
        const changed = setMetadata(chunk.messageMetadata) !== 'none' || restart || chunk.messageId != null;
        return changed ? 'quiet' : 'none';
      }
      case 'finish':
        if (chunk.finishReason != null) finishReason = chunk.finishReason;
        return setMetadata(chunk.messageMetadata);
      case 'message-metadata':
        return setMetadata(chunk.messageMetadata);
      case 'error':
      case 'abort':
        return 'none';
      default: {
        if (chunk.transient) return 'none';
        const index =
          chunk.id === undefined
            ? -1
            : message.parts.findIndex(
                (part) => part.type === chunk.type && 'id' in part && part.id === chunk.id,
              );
        const part = compact({ type: chunk.type, id: chunk.id, data: chunk.data }) as Part;
        if (index === -1) push(part);
        else replaceAt(index, part);
        return 'visible';
      }
    }
  };

  return {
    get message() {
      return message;
    },
    get finishReason() {
      return finishReason;
    },
    apply,
    updateParts(update) {
      const parts = message.parts.map(update);
      if (parts.some((part, index) => part !== message.parts[index])) setParts(parts);
    },
  };
}
