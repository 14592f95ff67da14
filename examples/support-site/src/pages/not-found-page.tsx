import { SearchForm } from '../components/search-form';
import { Link } from '../router';

/** A friendly 404 with search. */
export function NotFoundPage() {
  return (
    <div className="pw-container pw-page pw-page-narrow pw-not-found">
      <h1>We could not find that page</h1>
      <p className="pw-section-lead">It may have moved. Try searching, or go back to the help-centre home.</p>
      <SearchForm />
      <p>
        <Link href="/">Back to the Help Centre</Link>
      </p>
    </div>
  );
}
