/** RSS feed of the site's pages in its default language (src/lib/feeds.ts). */
import type { APIContext } from 'astro';
import { languageFeed } from '../lib/feeds.ts';

export function GET(context: APIContext) {
  return languageFeed('', context.site);
}
