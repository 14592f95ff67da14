import { useState } from 'react';
import type { SupportArticle } from '../../knowledge/articles';
import { ArticleBody } from '../components/article-body';
import { Breadcrumbs } from '../components/breadcrumbs';
import { Icon } from '../components/icon';
import { categorySlug, findCategory, readingMinutes } from '../content';
import { Link } from '../router';
import { searchArticles } from '../search';

function HelpfulVote() {
  const [vote, setVote] = useState<'yes' | 'no' | null>(null);
  if (vote !== null) {
    return (
      <p className="pw-vote-thanks" role="status">
        {vote === 'yes'
          ? 'Thanks for letting us know.'
          : 'Thanks. Ask the assistant or contact us and we will help.'}
      </p>
    );
  }
  return (
    <div className="pw-vote">
      <span>Was this article helpful?</span>
      <button type="button" className="pw-button" onClick={() => setVote('yes')}>
        Yes
      </button>
      <button type="button" className="pw-button" onClick={() => setVote('no')}>
        No
      </button>
    </div>
  );
}

/** One article: breadcrumbs, the text, a helpfulness vote, and related articles alongside. */
export function ArticlePage({ article, onAsk }: { article: SupportArticle; onAsk: () => void }) {
  const category = findCategory(categorySlug(article.category));
  const related = searchArticles(article.tags.slice(0, 3).join(' '), 8)
    .filter((other) => other.slug !== article.slug)
    .slice(0, 4);
  return (
    <div className="pw-container pw-page">
      <Breadcrumbs
        trail={[
          { label: article.category, href: `/categories/${categorySlug(article.category)}` },
          { label: article.title },
        ]}
      />
      <div className="pw-with-sidebar">
        <article className="pw-article" key={article.slug}>
          <header>
            <span className="pw-tag">{article.category}</span>
            <h1>{article.title}</h1>
            <p className="pw-article-meta">
              <Icon name="clock" size={16} /> {readingMinutes(article)} min read
            </p>
          </header>
          <ArticleBody body={article.body} />
          <footer className="pw-article-footer">
            <HelpfulVote />
            <button type="button" className="pw-button pw-button-soft" onClick={onAsk}>
              <Icon name="chat" size={18} /> Still stuck? Ask the assistant
            </button>
          </footer>
        </article>
        <aside className="pw-sidebar" aria-label="More on this topic">
          {category ? (
            <>
              <h2>In {category.name}</h2>
              <ul className="pw-sidebar-links">
                {category.articles.map((other) => (
                  <li key={other.slug}>
                    {other.slug === article.slug ? (
                      <span aria-current="page">{other.title}</span>
                    ) : (
                      <Link href={`/articles/${other.slug}`}>{other.title}</Link>
                    )}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {related.length > 0 ? (
            <>
              <h2>Related articles</h2>
              <ul className="pw-sidebar-links">
                {related.map((other) => (
                  <li key={other.slug}>
                    <Link href={`/articles/${other.slug}`}>{other.title}</Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
