/**
 * Request middleware. In the dev server, content errors are shown in the browser instead of the page. In a
 * build, every finished HTML page goes to the search indexer while the build goes on (see
 * src/incremental/search-feed.ts), through the build's site context; the page itself is returned unchanged.
 */
import { defineMiddleware, sequence } from 'astro:middleware';
import { currentGraph, currentProblems, thisSite } from './context/this-site.ts';
import { contentErrors } from './lib/content-errors.ts';

const showContentErrors = defineMiddleware((_context, next) => {
  if (import.meta.env.DEV) {
    const error = contentErrors(currentProblems() ?? [], currentGraph().root);
    if (error) throw error;
  }
  return next();
});

const feedSearchIndex = defineMiddleware(async (context, next) => {
  const response = await next();
  const feed = thisSite().searchFeed;
  if (!feed || !context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html'))
    return response;
  const html = await response.text();
  // The content graph knows pages by their paths as written, not percent-encoded as in a URL.
  feed(decodeURIComponent(context.url.pathname), html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});

export const onRequest = sequence(showContentErrors, feedSearchIndex);
