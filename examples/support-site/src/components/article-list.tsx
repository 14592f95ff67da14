import type { SupportArticle } from '../../knowledge/articles';
import { excerpt, readingMinutes } from '../content';
import { Link } from '../router';
import { Icon } from './icon';

/** A list of articles with their excerpt, category and reading time. */
export function ArticleList({
  articles,
  showCategory = false,
}: {
  articles: readonly SupportArticle[];
  showCategory?: boolean;
}) {
  return (
    <ul className="pw-article-list">
      {articles.map((article) => (
        <li key={article.slug}>
          <Link href={`/articles/${article.slug}`} className="pw-article-link">
            <span className="pw-article-link-title">{article.title}</span>
            <span className="pw-article-link-excerpt">{excerpt(article)}</span>
            <span className="pw-article-link-meta">
              {showCategory ? <span className="pw-tag">{article.category}</span> : null}
              <span>
                <Icon name="clock" size={14} /> {readingMinutes(article)} min read
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
