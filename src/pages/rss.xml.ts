/** RSS feed of the site's pages, most recently changed first. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { allPages, lastUpdated } from '../lib/entries.ts';
import { joinBase } from '../lib/urls.ts';
import { site } from '../site.config.ts';

export function GET(context: APIContext) {
  const items = allPages()
    .filter((page) => page.kind === 'page' && !page.isIndex)
    .map((page) => ({
      title: page.title,
      description: page.description,
      link: joinBase(site.base, page.path),
      pubDate: lastUpdated(page.absPath),
    }))
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
  return rss({ title: site.name, description: site.tagline, site: context.site ?? site.url, items });
}
