import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

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

const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};
if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

/** Goes to `href` inside the site without a page load, and scrolls to the top. */
export function navigate(href: string): void {
  window.history.pushState(null, '', href);
  window.scrollTo({ top: 0 });
  notify();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const snapshot = () => window.location.pathname + window.location.search;

/** The current route; re-renders on navigation and on back/forward. */
export function useRoute(): Route {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, 'http://site');
  return parseRoute(url.pathname, url.search);
}

/** An `<a>` that navigates inside the site (modified clicks still open a new tab). */
export function Link({
  href,
  onClick,
  ...props
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={follow} {...props} />;
}
