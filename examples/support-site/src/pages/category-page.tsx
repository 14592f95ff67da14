import { ArticleList } from '../components/article-list';
import { Breadcrumbs } from '../components/breadcrumbs';
import { categoryIcon, Icon } from '../components/icon';
import { type CategoryInfo, categories } from '../content';
import { Link } from '../router';

/** One category: its articles, and the other topics alongside. */
export function CategoryPage({ category }: { category: CategoryInfo }) {
  return (
    <div className="pw-container pw-page">
      <Breadcrumbs trail={[{ label: category.name }]} />
      <div className="pw-with-sidebar">
        <div>
          <header className="pw-page-header">
            <span className="pw-category-icon pw-category-icon-large">
              <Icon name={categoryIcon(category.name)} size={28} />
            </span>
            <div>
              <h1>{category.name}</h1>
              <p className="pw-section-lead">{category.description}</p>
            </div>
          </header>
          <ArticleList articles={category.articles} />
        </div>
        <aside className="pw-sidebar" aria-label="Other topics">
          <h2>Other topics</h2>
          <ul className="pw-sidebar-links">
            {categories
              .filter((other) => other.slug !== category.slug)
              .map((other) => (
                <li key={other.slug}>
                  <Link href={`/categories/${other.slug}`}>{other.name}</Link>
                </li>
              ))}
          </ul>
        </aside>
      </div>
    </div>
  );
}
