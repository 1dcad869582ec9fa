/**
 * Astro integration: publishes the files beside the Markdown (images, downloads) at their path in the docs
 * folder, base path included: copied into the built site when it is done (src/lib/output/publish-assets.ts),
 * and served from the docs folder by the dev server. public/ stays Astro's, for site-wide files.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lookup } from 'mrmime';
import { loadedSite, type SiteContext } from '../context/site-context.ts';
import { publishAssets } from '../lib/output/publish-assets.ts';

/** The docs file a request asks for (relative to the docs folder), when it is one the site publishes. */
export function requestedAsset(url: string | undefined, base: string, assets: ReadonlySet<string>): string | undefined {
  const pathname = URL.parse(url ?? '', 'http://dev.invalid')?.pathname;
  if (!pathname?.startsWith(base)) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(pathname.slice(base.length).replace(/^\/+/, ''));
  } catch {
    return undefined;
  }
  return assets.has(path) ? path : undefined;
}

export default function docsAssets(context: SiteContext, base: string): AstroIntegration {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return {
    name: 'folio:docs-assets',
    hooks: {
      'astro:server:setup': ({ server }) => {
        // Vite watches the package folder only; the docs folder can be anywhere (`folio dev ../docs`). Watched,
        // its edits reach the content loader (src/lib/content-sync.ts), which reloads the pages.
        server.watcher.add(loadedSite(context).graph.docsDir);
        server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
          const { graph } = loadedSite(context);
          const asset = requestedAsset(request.url, prefix, graph.assets);
          if (!asset) return next();
          response.setHeader('Content-Type', lookup(asset) ?? 'application/octet-stream');
          createReadStream(join(graph.docsDir, asset))
            .on('error', () => next())
            .pipe(response);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const { graph } = loadedSite(context);
        const { copied, clashes } = publishAssets(graph.docsDir, graph.assets, fileURLToPath(dir));
        if (copied > 0) logger.info(`published ${copied} file${copied === 1 ? '' : 's'} from beside the Markdown`);
        for (const asset of clashes)
          logger.warn(
            `${asset} in the docs folder is not published: the site already has a file at /${asset} (from public/ or a page); rename one of them`,
          );
      },
    },
  };
}
