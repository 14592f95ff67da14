import { type FormEvent, useId, useState } from 'react';
import { navigate } from '../router';
import { Icon } from './icon';

/** The help-centre search box; submitting goes to the results page. */
export function SearchForm({ compact = false, initial = '' }: { compact?: boolean; initial?: string }) {
  const [query, setQuery] = useState(initial);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (query.trim() !== '') navigate(`/search?q=${encodeURIComponent(query.trim())}`);
  };
  return (
    <search className={compact ? 'pw-search-region pw-search-region-compact' : 'pw-search-region'}>
      <form className={compact ? 'pw-search pw-search-compact' : 'pw-search'} onSubmit={submit}>
        <label htmlFor={id} className="pw-visually-hidden">
          Search the help centre
        </label>
        <Icon name="search" size={compact ? 18 : 22} />
        <input
          id={id}
          type="search"
          value={query}
          placeholder={
            compact ? 'Search help articles' : 'Search for answers, e.g. "return a rug" or "refund"'
          }
          onChange={(event) => setQuery(event.target.value)}
          autoComplete="off"
        />
        {compact ? null : (
          <button type="submit" className="pw-button pw-button-primary">
            Search
          </button>
        )}
      </form>
    </search>
  );
}
