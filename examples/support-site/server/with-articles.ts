import type { LanguageModelV4, LanguageModelV4Prompt } from '@ai-sdk/provider';
import { wrapLanguageModel } from 'ai';
import MiniSearch from 'minisearch';
import type { SupportArticle } from '../knowledge/articles';

/** How many articles a request carries for the latest user message, and for it with the one before. */
const FOR_LATEST = 3;
const FOR_FOLLOW_UP = 2;

/** The text of each user message of a prompt, oldest first. */
function userTexts(prompt: LanguageModelV4Prompt): string[] {
  return prompt.flatMap((message) =>
    message.role === 'user'
      ? [message.content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join(' ')]
      : [],
  );
}

/** The articles as the model reads them: title, page and text. */
function articleBlock(found: readonly SupportArticle[]): string {
  const parts = found.map(
    (article) => `### ${article.title}\nPage: ${article.url}\n\n${article.body.trim()}`,
  );
  return [
    'Help-centre articles for this conversation (answer only from these; name the article you use):',
    ...parts,
  ].join('\n\n');
}

/**
 * `model` (an endpoint model that has never read the help centre) given, with each call, the
 * articles most relevant to the conversation in its system message: the best matches of the
 * latest user message, and of it with the one before (for a follow-up such as "tl;dr"). The offline
 * model does its own retrieval and does not need this.
 */
export function withArticles(model: LanguageModelV4, articles: readonly SupportArticle[]): LanguageModelV4 {
  const index = new MiniSearch<SupportArticle>({
    fields: ['title', 'questions', 'tags', 'body'],
    extractField: (document, field) => {
      const value = document[field as keyof SupportArticle];
      return Array.isArray(value) ? value.join(' ') : String(value ?? '');
    },
    searchOptions: {
      boost: { title: 3, questions: 2, tags: 2 },
      // Short words ("tl;dr", "ok") match nothing rather than every word they begin.
      prefix: (term: string) => term.length >= 4,
      fuzzy: (term: string) => (term.length > 4 ? 0.2 : false),
      combineWith: 'OR',
    },
  });
  index.addAll(articles);
  const byId = new Map(articles.map((article) => [article.id, article]));
  const best = (text: string | undefined, limit: number) =>
    text?.trim()
      ? index
          .search(text)
          .slice(0, limit)
          .flatMap((hit) => byId.get(String(hit.id)) ?? [])
      : [];

  return wrapLanguageModel({
    model,
    middleware: {
      specificationVersion: 'v4',
      transformParams: async ({ params }) => {
        const texts = userTexts(params.prompt);
        const latest = texts.at(-1);
        const followUp = texts.length > 1 ? `${texts.at(-2)} ${latest}` : undefined;
        const found = [...new Set([...best(latest, FOR_LATEST), ...best(followUp, FOR_FOLLOW_UP)])];
        if (found.length === 0) return params;
        const block = articleBlock(found);
        const [first, ...rest] = params.prompt;
        const prompt: LanguageModelV4Prompt =
          first?.role === 'system'
            ? [{ ...first, content: `${first.content}\n\n${block}` }, ...rest]
            : [{ role: 'system', content: block }, ...params.prompt];
        return { ...params, prompt };
      },
    },
  });
}
