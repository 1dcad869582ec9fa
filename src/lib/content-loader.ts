/**
 * Astro content loader for the docs collection. A production build renders every page from the content it
 * loaded and checked itself (src/lib/content-graph/load-content.ts, src/lib/entries.ts), never from this
 * collection, so there the loader does nothing. Astro loads this file through Vite before the build, on the
 * build's critical path, transforming everything it imports: it imports only the site context, and the code
 * that fills the collection (content-sync.ts, for `astro sync` and the dev server) is loaded when it runs.
 */
import type { Loader } from 'astro/loaders';
import contextId from 'virtual:folio/context';
import { findSiteContext } from '../context/site-context.ts';

export function docsLoader(): Loader {
  return {
    name: 'folio-docs',
    load: async (context) => {
      // The build's content is still loading now, and the build goes on without waiting for it.
      if (findSiteContext(contextId).contentReady) return;
      const { syncDocs } = await import('./content-sync.ts');
      await syncDocs(context);
    },
  };
}
