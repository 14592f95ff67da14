import type { AttuneMessage } from '@attune/core';
import { isToolCallPart } from './tool-call';

/**
 * True when the last reply's last step has an approval the user answered and nothing left
 * unsettled: the AI SDK's `lastAssistantMessageIsCompleteWithApprovalResponses`, without its
 * runtime. A `<Chat>` that makes its own session sends again on it, so its Approve / Deny
 * buttons reach the server.
 */
export function lastReplyHasApprovalAnswers({ messages }: { messages: readonly AttuneMessage[] }): boolean {
  const last = messages.at(-1);
  if (last?.role !== 'assistant') return false;
  const stepStart = last.parts.findLastIndex((part) => part.type === 'step-start');
  const calls = last.parts.slice(stepStart + 1).filter(isToolCallPart);
  return (
    calls.some((part) => part.state === 'approval-responded') &&
    calls.every(
      (part) =>
        (part.state === 'output-available' && part.preliminary !== true) ||
        part.state === 'output-error' ||
        part.state === 'output-denied' ||
        part.state === 'approval-responded',
    )
  );
}
