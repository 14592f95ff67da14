import { categories } from '../content';
import { Link } from '../router';

/** The help centre's footer: topics, help links and the small print. */
export function SiteFooter() {
  return (
    <footer className="pw-footer">
      <div className="pw-container pw-footer-grid">
        <div className="pw-footer-brand">
          <p className="pw-footer-logo">Parcelwise</p>
          <p>Homeware for every room, delivered across the UK and Ireland.</p>
          <p className="pw-footer-small">Parcelwise is a fictional shop for the Attune example site.</p>
        </div>
        <nav aria-label="Help topics">
          <h2>Help topics</h2>
          <ul>
            {categories.slice(0, 6).map((category) => (
              <li key={category.slug}>
                <Link href={`/categories/${category.slug}`}>{category.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label="More help">
          <h2>More help</h2>
          <ul>
            {categories.slice(6, 12).map((category) => (
              <li key={category.slug}>
                <Link href={`/categories/${category.slug}`}>{category.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label="Your account and data">
          <h2>You and your data</h2>
          <ul>
            <li>
              <Link href="/your-data">Personalised answers &amp; your data</Link>
            </li>
            <li>
              <Link href="/articles/download-or-delete-your-data">Download or delete your data</Link>
            </li>
            <li>
              <Link href="/articles/marketing-and-cookies">Cookies and marketing</Link>
            </li>
            <li>
              <Link href="/articles/contact-us">Contact us</Link>
            </li>
          </ul>
        </nav>
      </div>
      <div className="pw-container pw-footer-bottom">
        <span>© 2026 Parcelwise Ltd. All rights reserved.</span>
        <span>Answers in the chat are drawn from these help articles.</span>
      </div>
    </footer>
  );
}
