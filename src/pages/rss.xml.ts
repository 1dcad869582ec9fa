/** RSS feed of essays and guides. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { allPages } from '../lib/entries.ts';
import { joinBase } from '../lib/urls.ts';
import { site } from '../site.config.ts';

export function GET(context: APIContext) {
  const items = allPages()
    .filter((page) => page.collection === 'essays' || page.collection === 'guides')
    .map((page) => ({ title: page.title, description: page.description, link: joinBase(site.base, page.path) }));
  return rss({ title: site.name, description: site.tagline, site: context.site ?? site.url, items });
}
