/**
 * Build-time middleware: passes every finished HTML page to the search indexer while the build goes on (see
 * src/lib/search-feed.ts). The page itself is returned unchanged. In the dev server there is no feed and this
 * does nothing.
 */
import { defineMiddleware } from 'astro:middleware';
import { searchFeed } from './lib/search-feed.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const feed = searchFeed();
  if (!feed || !context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html'))
    return response;
  const html = await response.text();
  // The content graph knows pages by their paths as written, not percent-encoded as in a URL.
  feed(decodeURIComponent(context.url.pathname), html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
