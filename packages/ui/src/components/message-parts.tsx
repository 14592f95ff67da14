'use client';
import type { AttuneMessage } from '@attune/core';
import type { ReactNode } from 'react';
import { useStrings } from '../provider';
import { Markdown } from './markdown';
import { type FilePart, MessageFiles } from './message-files';
import { isToolCallPart, ToolCall, type ToolCallPart, type ToolRenderers, toolNameOf } from './tool-call';

/** One part of a message. */
type MessagePart = AttuneMessage['parts'][number];

/** A custom data part (`data-{name}`) of a message, as the server streamed it. */
export type DataPart = Extract<MessagePart, { type: `data-${string}` }>;

/** Renderers of data parts by name (`status` for a `data-status` part); a data part without one shows nothing. */
export type DataRenderers = Readonly<Record<string, (props: { part: DataPart }) => ReactNode>>;

/** How a message shows its tool calls and data parts, and answers its tool calls (approvals, client-side tool outputs). */
export interface ToolCallHandlers {
  /** Custom renderers by tool name (the default shows name, state, input and output). */
  toolRenderers?: ToolRenderers;
  /** Renderers of the server's custom data parts by name (`status` for `data-status`). */
  dataRenderers?: DataRenderers;
  /** Answers an approval request; shows Approve / Deny when given. */
  onToolApproval?: (approvalId: string, approved: boolean) => void;
  /** Gives the output of a client-side tool call (offered to custom renderers). */
  onToolOutput?: (toolCallId: string, toolName: string, output: unknown) => void;
}

const isDataPart = (part: MessagePart): part is DataPart => part.type.startsWith('data-');

/** True when a message has parts beyond text that need {@link MessageParts}. */
export function hasRichParts(message: AttuneMessage): boolean {
  return message.parts.some(
    (part) => part.type === 'file' || part.type === 'reasoning' || isDataPart(part) || isToolCallPart(part),
  );
}

/** The model's reasoning: a closed disclosure, its text as written. */
function Reasoning({ text, streaming }: { text: string; streaming: boolean }) {
  const strings = useStrings();
  return (
    <details className="attune-reasoning" data-streaming={streaming || undefined}>
      <summary>{streaming ? strings.reasoningStreaming : strings.reasoning}</summary>
      <p className="attune-reasoning-text">{text}</p>
    </details>
  );
}

/** Tool-call states after which nothing waits for the user or a tool. */
const SETTLED_TOOL_STATES: ReadonlySet<string> = new Set([
  'output-available',
  'output-error',
  'output-denied',
]);

/**
 * Whether a reply has tool calls and every one of them is settled (done, failed or denied):
 * a reply that ended on its tools, which the user may want regenerated even without text.
 */
export function toolCallsSettled(message: AttuneMessage): boolean {
  const calls = message.parts.filter(isToolCallPart);
  return calls.length > 0 && calls.every((part) => SETTLED_TOOL_STATES.has(part.state));
}

function renderToolCall(part: ToolCallPart, handlers: ToolCallHandlers): ReactNode {
  const toolName = toolNameOf(part);
  const { onToolApproval, onToolOutput } = handlers;
  const respond =
    part.state === 'approval-requested' && onToolApproval
      ? (approved: boolean) => onToolApproval(part.approval.id, approved)
      : undefined;
  const addOutput =
    part.state === 'input-available' && !part.providerExecuted && onToolOutput
      ? (output: unknown) => onToolOutput(part.toolCallId, toolName, output)
      : undefined;
  const Renderer = handlers.toolRenderers?.[toolName] ?? ToolCall;
  return (
    <Renderer key={part.toolCallId} part={part} toolName={toolName} respond={respond} addOutput={addOutput} />
  );
}

/**
 * A message's parts in order: runs of text as markdown, the model's reasoning in a closed
 * disclosure, tool calls through their renderer, data parts through `dataRenderers` (by name),
 * and files as thumbnails or chips. Other parts (sources, step markers, data parts without a
 * renderer) show nothing here.
 * While the message streams, only its last run of text is still streaming in.
 */
export function MessageParts({
  message,
  streaming = false,
  ...handlers
}: ToolCallHandlers & { message: AttuneMessage; streaming?: boolean }) {
  const nodes: ReactNode[] = [];
  let text = '';
  let files: FilePart[] = [];
  const flush = (key: number) => {
    const last = key === message.parts.length;
    if (text) nodes.push(<Markdown key={`text-${key}`} text={text} streaming={streaming && last} />);
    if (files.length > 0) nodes.push(<MessageFiles key={`files-${key}`} files={files} />);
    text = '';
    files = [];
  };
  message.parts.forEach((part, index) => {
    if (part.type === 'text') text += part.text;
    else if (part.type === 'file') files.push(part);
    else if (isToolCallPart(part)) {
      flush(index);
      nodes.push(renderToolCall(part, handlers));
    } else if (part.type === 'reasoning' && part.text.trim() !== '') {
      flush(index);
      nodes.push(
        <Reasoning
          // biome-ignore lint/suspicious/noArrayIndexKey: a message's parts only grow at the end, so the index is the part's identity.
          key={`reasoning-${index}`}
          text={part.text}
          streaming={streaming && part.state === 'streaming'}
        />,
      );
    } else if (isDataPart(part)) {
      const Renderer = handlers.dataRenderers?.[part.type.slice('data-'.length)];
      if (Renderer) {
        flush(index);
        nodes.push(<Renderer key={`data-${part.id ?? index}`} part={part} />);
      }
    }
  });
  flush(message.parts.length);
  return <>{nodes}</>;
}
