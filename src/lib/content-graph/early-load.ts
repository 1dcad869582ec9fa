/**
 * Lets `npm run build` start loading content (worker threads parsing and rendering every file) before Astro
 * itself has started, instead of after Astro has booted and loaded the config: Astro's start-up runs on one
 * core, so the workers get the other one for free. The content-check integration then takes the load that is
 * already under way, if it was started with the same options, and otherwise starts its own; the result is
 * the same either way. The load travels in the build's site context (src/context/site-context.ts).
 */
import { join, resolve } from 'node:path';
import { loadContent, type LoadedContent, type LoadOptions } from './load-content.ts';

export interface EarlyLoad {
  signature: string;
  loaded: Promise<LoadedContent>;
  /** performance.now() when the load started, so build timings count the whole load. */
  startedAt: number;
}
/** Where an early load waits to be taken (the site context). */
export interface EarlyLoadHolder {
  earlyLoad: EarlyLoad | undefined;
}

/** Where the content cache lives: in Astro's cacheDir (node_modules/.astro by default), so clearing Astro's caches clears it. */
export function contentCacheFile(astroCacheDir: string): string {
  // The format's number changes with the format (HTML as UTF-8 bytes, words as one string: load-content.ts).
  return join(astroCacheDir, 'folio-content-3.v8');
}

const signatureOf = (root: string, options: LoadOptions) =>
  JSON.stringify([
    resolve(root),
    options.base,
    options.siteOrigin,
    options.ui ?? null,
    options.cacheFile,
    !!options.includeDrafts,
    options.layout,
  ]);

/** Starts loading now; the first `takeContentLoad` from the holder with the same root and options receives it. */
export function startContentLoad(holder: EarlyLoadHolder, root: string, options: LoadOptions): Promise<LoadedContent> {
  const startedAt = performance.now();
  const loaded = loadContent(root, options);
  // Whoever takes the load sees its error; one left untaken must not crash the process on its own.
  loaded.catch(() => undefined);
  holder.earlyLoad = { signature: signatureOf(root, options), loaded, startedAt };
  return loaded;
}

/**
 * The load started early for these options (`early: true`), or a new one. Either way the early load is handed
 * out once.
 */
export function takeContentLoad(
  holder: EarlyLoadHolder,
  root: string,
  options: LoadOptions,
): Omit<EarlyLoad, 'signature'> & { early: boolean } {
  const early = holder.earlyLoad;
  holder.earlyLoad = undefined;
  if (early?.signature === signatureOf(root, options)) return { ...early, early: true };
  return { loaded: loadContent(root, options), startedAt: performance.now(), early: false };
}
