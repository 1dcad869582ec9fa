/**
 * Pages the anchor lock marks as removed on purpose (`/old/url/: gone`): each is still served, as a short page
 * that says so and points to the nearest place that exists (the closest parent URL the site has, else the home
 * page), so a link pasted long ago explains itself instead of ending on "not found".
 */
import type { AnchorLock } from './lock-file.ts';

export interface GonePage {
  url: string;
  /** The closest existing parent of `url`. */
  nearest: string;
}

/**
 * `published` holds every path the site serves (pages, folder listings, redirects); a gone URL that one of them
 * covers again is not gone and gets no page of its own.
 */
export function gonePages(lock: AnchorLock | undefined, published: ReadonlySet<string>): GonePage[] {
  if (!lock) return [];
  const gone: GonePage[] = [];
  for (const [url, page] of lock.pages) {
    if (!page.gone || published.has(url)) continue;
    let nearest = url;
    do nearest = nearest.replace(/[^/]+\/$/, '');
    while (nearest !== '/' && !published.has(nearest));
    gone.push({ url, nearest });
  }
  return gone;
}
