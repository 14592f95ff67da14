import { Link } from '../router';
import { Icon } from './icon';
import { SearchForm } from './search-form';

/** The help centre's top bar: brand, search (except on the home page, which has its own) and links. */
export function SiteHeader({ showSearch }: { showSearch: boolean }) {
  return (
    <header className="pw-header">
      <div className="pw-container pw-header-inner">
        <Link href="/" className="pw-brand" aria-label="Parcelwise Help Centre, home">
          <span className="pw-brand-mark" aria-hidden="true">
            <Icon name="orders" size={20} />
          </span>
          <span className="pw-brand-name">Parcelwise</span>
          <span className="pw-brand-section">Help Centre</span>
        </Link>
        {showSearch ? <SearchForm compact /> : <span className="pw-header-spacer" />}
        <nav className="pw-header-nav" aria-label="Help centre">
          <Link href="/categories/orders">Orders</Link>
          <Link href="/categories/returns-and-refunds">Returns</Link>
          <Link href="/your-data">Your data</Link>
          <Link href="/articles/contact-us" className="pw-header-cta">
            Contact us
          </Link>
        </nav>
      </div>
    </header>
  );
}
