import { type ChatSessionState, messageText } from '@attune/core';

const STATUSES = new Set(['ready', 'submitted', 'streaming', 'error']);
const RATINGS = new Set(['up', 'down', null, undefined]);
const CHOICES = new Set([0, 1, 'none', undefined]);

/**
 * Checks that a session state is consistent; returns what is wrong (empty when consistent).
 * `seen` remembers the JSON of every message object observed, so a message object that
 * changed in place (instead of being replaced) is caught. Between two store updates of one
 * transition (`midTransition`), status and error or status and messages may disagree for a
 * moment, so those pairings are checked only when the session is at rest between actions.
 */
export function sessionProblems(
  state: ChatSessionState,
  seen: WeakMap<object, string>,
  midTransition = false,
): string[] {
  const problems: string[] = [];
  const { messages, status, error, warnings } = state;
  if (!STATUSES.has(status)) problems.push(`unknown status ${status}`);
  if (!midTransition && status === 'error' && !(error instanceof Error))
    problems.push('status error without an error');
  if (!midTransition && status !== 'error' && error !== undefined) problems.push(`an error while ${status}`);
  if (new Set(warnings).size !== warnings.length) problems.push('a warning is listed twice');

  const ids = new Set<string>();
  const comparisonIds = new Set<string>();
  messages.forEach((message, index) => {
    const where = `message ${index} (${message.role})`;
    if (ids.has(message.id)) problems.push(`${where} repeats id ${message.id}`);
    ids.add(message.id);
    if (message.role !== 'user' && message.role !== 'assistant')
      problems.push(`${where} has an unknown role`);
    if (!Array.isArray(message.parts)) problems.push(`${where} has no parts`);
    const previous = seen.get(message);
    const json = JSON.stringify(message);
    if (previous !== undefined && previous !== json) problems.push(`${where} was mutated in place`);
    seen.set(message, json);

    if (message.role === 'assistant') {
      if (messages[index - 1]?.role !== 'user') problems.push(`${where} does not follow a user message`);
      const last = index === messages.length - 1;
      const live = last && (status === 'streaming' || status === 'submitted');
      if (
        !midTransition &&
        !live &&
        message.parts.some((part) => part.type === 'text' && part.state === 'streaming')
      ) {
        problems.push(`${where} is still streaming while the session is ${status}`);
      }
    }
    const metadata = message.metadata ?? {};
    if (message.role === 'user' && (metadata.rating != null || metadata.comparison || metadata.stopped)) {
      problems.push(`${where} carries reply metadata`);
    }
    if (!RATINGS.has(metadata.rating)) problems.push(`${where} has rating ${String(metadata.rating)}`);
    const comparison = metadata.comparison;
    if (comparison) {
      if (comparisonIds.has(comparison.id)) problems.push(`${where} repeats comparison ${comparison.id}`);
      comparisonIds.add(comparison.id);
      if (comparison.candidates.length !== 2)
        problems.push(`${where} has ${comparison.candidates.length} candidates`);
      if (!CHOICES.has(comparison.chosen)) problems.push(`${where} has choice ${String(comparison.chosen)}`);
      if (typeof comparison.chosen === 'number') {
        const chosen = comparison.candidates[comparison.chosen]?.text;
        if (messageText(message) !== chosen) problems.push(`${where} does not show the chosen candidate`);
      }
    }
  });
  const last = messages.at(-1);
  if (midTransition) return problems;
  if (status === 'submitted' && last?.role !== 'user' && last?.role !== 'assistant') {
    problems.push('submitted with no message to answer');
  }
  if (status === 'streaming' && last?.role !== 'assistant') problems.push('streaming without a live reply');
  return problems;
}
