/**
 * The RSS feed of one language of the site: its pages, most recently changed first. A language's feed lists
 * its translations only: a page not translated yet is in the default language's feed.
 */
import rss from '@astrojs/rss';
import { allPages, lastUpdated, siteLocale, url } from './entries.ts';
import { site } from '../site.config.ts';

export function languageFeed(code: string, origin: URL | undefined): Promise<Response> {
  const words = siteLocale(code);
  const items = allPages(code)
    .filter((page) => page.kind === 'page' && !page.isIndex && !page.fallbackOf)
    .map((page) => ({
      title: page.title,
      description: page.description,
      link: url(page.path),
      pubDate: lastUpdated(page.absPath),
    }))
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
  return rss({
    title: words.title,
    description: words.tagline,
    site: origin ?? site.url,
    items,
    customData: `<language>${words.lang}</language>`,
  });
}
