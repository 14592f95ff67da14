import { findArticle, findCategory } from './content';

/** The page a URL shows. */
export type Route =
  | { page: 'home' }
  | { page: 'category'; slug: string }
  | { page: 'article'; slug: string }
  | { page: 'search'; query: string }
  | { page: 'your-data' }
  | { page: 'not-found' };

/** Reads a location into a {@link Route}. */
export function parseRoute(pathname: string, search: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { page: 'home' };
  if (path === '/search') return { page: 'search', query: new URLSearchParams(search).get('q') ?? '' };
  if (path === '/your-data') return { page: 'your-data' };
  const match = /^\/(categories|articles)\/([a-z0-9-]+)$/.exec(path);
  if (match?.[1] === 'categories') return { page: 'category', slug: match[2] as string };
  if (match?.[1] === 'articles') return { page: 'article', slug: match[2] as string };
  return { page: 'not-found' };
}

/**
 * Whether a URL path is a page of the site: a known route whose article or category exists. The
 * server answers any other path with the not-found page and a 404.
 */
export function isSitePage(pathname: string): boolean {
  const route = parseRoute(pathname, '');
  if (route.page === 'not-found') return false;
  if (route.page === 'article') return findArticle(route.slug) !== undefined;
  if (route.page === 'category') return findCategory(route.slug) !== undefined;
  return true;
}
