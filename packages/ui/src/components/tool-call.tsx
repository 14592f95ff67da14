'use client';
import type { AttuneMessage } from '@attune/core';
import type { ReactNode } from 'react';
import { useStrings } from '../provider';
import { icons } from './icons';

/** One part of a message. */
type MessagePart = AttuneMessage['parts'][number];

/** A tool call in a message: a static `tool-{name}` part or a `dynamic-tool` part. */
export type ToolCallPart = Extract<MessagePart, { toolCallId: string }>;

/** What a tool renderer gets: the part, its tool name, and the answers it may give. */
export interface ToolRendererProps {
  /** The tool call as it stands now (its `state` says how far it has come). */
  part: ToolCallPart;
  /** The tool's name (`weather` for a `tool-weather` part). */
  toolName: string;
  /** Answers an approval request (present while one is pending and the app can answer). */
  respond?: (approved: boolean) => void;
  /** Gives the output of a client-side tool (present while the call waits for it). */
  addOutput?: (output: unknown) => void;
}

/** Custom renderers by tool name; a tool without one gets the default {@link ToolCall}. */
export type ToolRenderers = Readonly<Record<string, (props: ToolRendererProps) => ReactNode>>;

/** True when a message part is a tool call. */
export function isToolCallPart(part: MessagePart): part is ToolCallPart {
  return part.type === 'dynamic-tool' || part.type.startsWith('tool-');
}

/** The tool name of a tool call part. */
export function toolNameOf(part: ToolCallPart): string {
  return part.type === 'dynamic-tool' ? part.toolName : part.type.slice('tool-'.length);
}

function formatValue(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * The default view of a tool call: its name and state (preparing, running, needs approval,
 * done, failed, denied), the input and output behind disclosures, the error, and Approve / Deny
 * while an approval is pending.
 */
export function ToolCall({ part, toolName, respond }: ToolRendererProps) {
  const strings = useStrings();
  const name = part.title ?? toolName;
  return (
    <section className="attune-tool" data-state={part.state} aria-label={strings.toolCall(name)}>
      <div className="attune-tool-header">
        {icons.tool}
        <span className="attune-tool-name">{name}</span>
        <span className="attune-tool-state" aria-live="polite">
          {strings.toolState[part.state]}
        </span>
      </div>
      {part.input !== undefined ? (
        <details className="attune-tool-detail">
          <summary>{strings.toolInput}</summary>
          <pre>{formatValue(part.input)}</pre>
        </details>
      ) : null}
      {part.state === 'output-available' ? (
        <details className="attune-tool-detail">
          <summary>{strings.toolOutput}</summary>
          <pre>{formatValue(part.output)}</pre>
        </details>
      ) : null}
      {part.state === 'output-error' ? (
        <p className="attune-tool-error" role="alert">
          {part.errorText}
        </p>
      ) : null}
      {part.state === 'approval-requested' && respond ? (
        <div className="attune-tool-approval">
          {part.approval.requestReason ? <p>{part.approval.requestReason}</p> : null}
          <button type="button" className="attune-button attune-button-small" onClick={() => respond(true)}>
            {strings.approve}
          </button>
          <button type="button" className="attune-button attune-button-small" onClick={() => respond(false)}>
            {strings.deny}
          </button>
        </div>
      ) : null}
    </section>
  );
}
