import { readStyleRequests } from '../style/style-requests';
import type { RetrievalQuery } from './retrieve';
import { searchTerms } from './search-terms';

/** True when a message (its style requests and feelings read out) asks something of its own. */
const asksSomething = (question: string) => searchTerms(question).length > 0;

/** A question with the message before it as its context, when that one says anything. */
function withPrevious(question: string, previous: string | undefined): RetrievalQuery {
  return previous?.trim() ? { question, previousQuestion: previous } : { question };
}

/**
 * What retrieval matches for the last user message (`question`, its style requests and feelings
 * already read out), given the user messages before it (`earlier`, oldest first): the question,
 * with the message before it for a follow-up. A message that asks nothing of its own ("tl;dr",
 * "in more detail please") asks again what the last message with a question asked, with that
 * message's own context, so the reply restyles the previous answer's topic rather than matching
 * the previous message alone ("It was order 4471, it never came. What now?" then "tl;dr").
 */
export function retrievalQuery(question: string, earlier: readonly string[]): RetrievalQuery {
  // Read from the last message back, and only as far as needed: a long conversation costs no more.
  const asked = (position: number) =>
    position < 0 ? undefined : readStyleRequests(earlier[position] ?? '').question;
  if (!asksSomething(question)) {
    for (let position = earlier.length - 1; position >= 0; position--) {
      const before = asked(position) ?? '';
      if (asksSomething(before)) return withPrevious(before, asked(position - 1));
    }
  }
  return withPrevious(question, asked(earlier.length - 1));
}
