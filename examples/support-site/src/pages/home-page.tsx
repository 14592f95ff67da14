import { ArticleList } from '../components/article-list';
import { categoryIcon, Icon } from '../components/icon';
import { SearchForm } from '../components/search-form';
import { categories, popularArticles } from '../content';
import { Link } from '../router';

const QUICK_TOPICS = [
  { label: 'Track my order', href: '/articles/track-your-order' },
  { label: 'Start a return', href: '/articles/return-an-item' },
  { label: 'Refund timing', href: '/articles/refund-timing' },
  { label: 'Delivery costs', href: '/articles/delivery-options-and-costs' },
  { label: 'Reset my password', href: '/articles/reset-your-password' },
];

/** The help-centre home: search, quick topics, every category and the most read articles. */
export function HomePage({ onOpenChat }: { onOpenChat: () => void }) {
  return (
    <>
      <section className="pw-hero">
        <div className="pw-container pw-hero-inner">
          <p className="pw-eyebrow">Parcelwise Help Centre</p>
          <h1>How can we help?</h1>
          <SearchForm />
          <div className="pw-quick-topics">
            <span>Popular:</span>
            {QUICK_TOPICS.map((topic) => (
              <Link key={topic.href} href={topic.href} className="pw-chip">
                {topic.label}
              </Link>
            ))}
          </div>
        </div>
      </section>

      <section className="pw-section" aria-labelledby="topics-heading">
        <div className="pw-container">
          <h2 id="topics-heading">Browse help topics</h2>
          <ul className="pw-category-grid">
            {categories.map((category) => (
              <li key={category.slug}>
                <Link href={`/categories/${category.slug}`} className="pw-category-card">
                  <span className="pw-category-icon">
                    <Icon name={categoryIcon(category.name)} />
                  </span>
                  <span className="pw-category-name">{category.name}</span>
                  <span className="pw-category-description">{category.description}</span>
                  <span className="pw-category-count">
                    {category.articles.length} {category.articles.length === 1 ? 'article' : 'articles'}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section className="pw-section pw-section-split" aria-labelledby="popular-heading">
        <div className="pw-container pw-split">
          <div>
            <h2 id="popular-heading">Most read articles</h2>
            <ArticleList articles={popularArticles} showCategory />
          </div>
          <aside className="pw-promo" aria-labelledby="promo-heading">
            <span className="pw-promo-icon">
              <Icon name="spark" />
            </span>
            <h2 id="promo-heading">Answers that fit how you like them</h2>
            <p>
              Our assistant answers from these articles and learns your style as you go: short or thorough,
              plain or technical, bullet points or a friendly chat. Rate a reply or pick between two, and open{' '}
              <strong>Preferences</strong> in the chat to see and change what it has learned.
            </p>
            <button type="button" className="pw-button pw-button-primary" onClick={onOpenChat}>
              Ask the assistant
            </button>
            <Link href="/your-data" className="pw-promo-link">
              How we use your preferences <Icon name="arrow" size={16} />
            </Link>
          </aside>
        </div>
      </section>
    </>
  );
}
