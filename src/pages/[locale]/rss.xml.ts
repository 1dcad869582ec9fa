/** RSS feed of each other language of the site, at /<code>/rss.xml (src/lib/feeds.ts). */
import type { APIContext } from 'astro';
import { languageFeed } from '../../lib/feeds.ts';
import { site } from '../../site.config.ts';

export function getStaticPaths() {
  return site.locales.filter((locale) => locale.code).map((locale) => ({ params: { locale: locale.code } }));
}

export function GET(context: APIContext) {
  return languageFeed(context.params['locale'] ?? '', context.site);
}
