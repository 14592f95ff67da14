import type { Conditioning } from '@attune/core';
import { createOfflineModel } from '@attune/core/offline';
import { generateText } from 'ai';
import { articles } from '../../examples/support-site/knowledge/articles';
import { exampleMessages } from '../../packages/core/src/chat/model-reply-source';

/** Produces the reply text for a question under some conditioning. */
export type ReplyGenerator = (conditioning: Conditioning, question: string) => Promise<string>;

/**
 * A generator over the embedded offline model and the support site's knowledge base,
 * applying conditioning exactly as the session does in-process (the session's own
 * `exampleMessages`): `instructions` as the instructions, examples before the question. Replies are
 * cached (the model is deterministic), so repeated conditionings cost nothing.
 */
export function createOfflineReplyGenerator(): ReplyGenerator {
  const model = createOfflineModel({ knowledge: articles, pacing: 0 });
  const cache = new Map<string, Promise<string>>();
  return (conditioning, question) => {
    const key = JSON.stringify([conditioning.instructions ?? '', conditioning.examples ?? [], question]);
    let reply = cache.get(key);
    if (!reply) {
      reply = generateText({
        model,
        ...(conditioning.instructions ? { instructions: conditioning.instructions } : {}),
        messages: [...exampleMessages(conditioning), { role: 'user', content: question }],
      }).then((result) => result.text);
      cache.set(key, reply);
    }
    return reply;
  };
}
