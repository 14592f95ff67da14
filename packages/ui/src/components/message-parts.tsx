'use client';
import type { AttuneMessage } from '@attune/core';
import type { ReactNode } from 'react';
import { Markdown } from './markdown';
import { type FilePart, MessageFiles } from './message-files';
import { isToolCallPart, ToolCall, type ToolCallPart, type ToolRenderers, toolNameOf } from './tool-call';

/** How a message answers its tool calls: approvals and client-side tool outputs. */
export interface ToolCallHandlers {
  /** Custom renderers by tool name (the default shows name, state, input and output). */
  toolRenderers?: ToolRenderers;
  /** Answers an approval request; shows Approve / Deny when given. */
  onToolApproval?: (approvalId: string, approved: boolean) => void;
  /** Gives the output of a client-side tool call (offered to custom renderers). */
  onToolOutput?: (toolCallId: string, toolName: string, output: unknown) => void;
}

/** True when a message has parts beyond text that need {@link MessageParts}. */
export function hasRichParts(message: AttuneMessage): boolean {
  return message.parts.some((part) => part.type === 'file' || isToolCallPart(part));
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
 * A message's parts in order: runs of text as markdown, tool calls through their renderer, and
 * files as thumbnails or chips. Other parts (reasoning, sources, data, step markers) show nothing.
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
    }
  });
  flush(message.parts.length);
  return <>{nodes}</>;
}
