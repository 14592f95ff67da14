import MiniSearch from 'minisearch';
import type { Passage } from './passage';
import { searchTerm } from './search-terms';

/** A passage with how well it matches a query (BM25-style score, higher is better). */
export interface RankedPassage {
  /** The passage. */
  passage: Passage;
  /** Relevance score. */
  score: number;
  /** How many distinct query terms it matched. */
  matchedTerms: number;
}

/** Searches the passages of a knowledge base. */
export interface PassageIndex {
  /** Every passage, in document order. */
  readonly passages: readonly Passage[];
  /** Ranks passages against a query, best first. */
  search(query: string): RankedPassage[];
}

/**
 * Builds the passage index with MiniSearch: it is small (no dependencies, a few KB),
 * ranks with BM25-style scoring, and supports prefix and fuzzy matching, which is all a
 * help-centre knowledge base of a few hundred passages needs, in the browser or on a
 * server alike.
 */
export function createPassageIndex(passages: readonly Passage[]): PassageIndex {
  const byId = new Map(passages.map((passage) => [passage.id, passage]));
  const index = new MiniSearch<{ id: string; title: string; section: string; text: string; tags: string }>({
    fields: ['title', 'section', 'text', 'tags'],
    processTerm: searchTerm,
    searchOptions: {
      boost: { title: 2, tags: 1.5, section: 1 },
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      combineWith: 'OR',
    },
  });
  index.addAll(
    passages.map((passage) => ({
      id: passage.id,
      title: passage.documentTitle,
      section: passage.section ?? '',
      text: passage.text,
      tags: passage.tags.join(' '),
    })),
  );
  return {
    passages,
    search(query) {
      return index.search(query).flatMap((result) => {
        const passage = byId.get(String(result.id));
        return passage ? [{ passage, score: result.score, matchedTerms: result.queryTerms.length }] : [];
      });
    },
  };
}
