import { useEffect, useState } from 'react';

/** The console's pages, in the URL's hash so a reload (and the back button) keeps the page. */
export type ConsoleRoute = { page: 'stores' } | { page: 'publications'; publicationId: number | null } | { page: 'results' };
export type ConsolePage = ConsoleRoute['page'];
export const PAGES: readonly ConsolePage[] = ['stores', 'publications', 'results'];

/** `#/publications/12` → the publications page with 12 selected; anything unknown is the stores page. */
export function parseRoute(hash: string): ConsoleRoute {
  const [page, id] = hash.replace(/^#\/?/, '').split('/');
  if (page === 'publications') {
    const n = Number(id);
    return { page, publicationId: id !== undefined && Number.isSafeInteger(n) && n > 0 ? n : null };
  }
  if (page === 'results') return { page };
  return { page: 'stores' };
}

export function routeHash(route: ConsoleRoute): string {
  if (route.page === 'publications' && route.publicationId !== null) return `#/publications/${route.publicationId}`;
  return `#/${route.page}`;
}

/** The current route, following hash changes. */
export function useHashRoute(): ConsoleRoute {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}
