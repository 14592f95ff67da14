import { ArticleList } from '../components/article-list';
import { Breadcrumbs } from '../components/breadcrumbs';
import { SearchForm } from '../components/search-form';
import { searchArticles } from '../search';

/** Search results for `query`, with a way to ask the assistant when nothing fits. */
export function SearchPage({ query, onAsk }: { query: string; onAsk: () => void }) {
  const results = searchArticles(query);
  return (
    <div className="pw-container pw-page pw-page-narrow">
      <Breadcrumbs trail={[{ label: 'Search' }]} />
      <h1>Search results</h1>
      <SearchForm key={query} initial={query} />
      <p className="pw-results-count" role="status">
        {query.trim() === ''
          ? 'Type a few words to search the help centre.'
          : `${results.length} ${results.length === 1 ? 'article' : 'articles'} for “${query}”`}
      </p>
      {results.length > 0 ? <ArticleList articles={results} showCategory /> : null}
      {query.trim() !== '' && results.length === 0 ? (
        <div className="pw-empty-results">
          <p>No articles match your search. Try other words, or ask the assistant.</p>
          <button type="button" className="pw-button pw-button-primary" onClick={onAsk}>
            Ask the assistant
          </button>
        </div>
      ) : null}
    </div>
  );
}
