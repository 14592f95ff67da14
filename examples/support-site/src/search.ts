import MiniSearch from 'minisearch';
import type { SupportArticle } from '../knowledge/articles';
import { articles } from './content';

const index = new MiniSearch<SupportArticle>({
  fields: ['title', 'tags', 'body', 'category'],
  storeFields: ['slug'],
  extractField: (document, field) => {
    const value = document[field as keyof SupportArticle];
    return Array.isArray(value) ? value.join(' ') : String(value ?? '');
  },
  searchOptions: {
    boost: { title: 3, tags: 2, category: 1.5 },
    prefix: true,
    fuzzy: (term: string) => (term.length > 4 ? 0.34 : false),
    combineWith: 'AND',
  },
});
index.addAll(articles as SupportArticle[]);

/** Help-centre articles matching `query`, best first (all words must match, allowing typos and prefixes). */
export function searchArticles(query: string, limit = 20): SupportArticle[] {
  const trimmed = query.trim();
  if (trimmed === '') return [];
  let results = index.search(trimmed);
  if (results.length === 0) results = index.search(trimmed, { combineWith: 'OR' });
  return results
    .slice(0, limit)
    .flatMap((result) => articles.find((article) => article.id === result.id) ?? []);
}
