/**
 * Astro integration: a redirect from an old file URL (`aliases: /kiln-cli.html`) must be that file. Astro writes
 * every page as a folder with an index.html (`kiln-cli.html/index.html`), which a host serves at
 * `/kiln-cli.html/` at best, and at `/kiln-cli.html` only if it redirects folders; so after the build the
 * folder's page becomes the file itself.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PageNode } from '../lib/content-graph/graph.ts';
import { redirectsOf } from '../lib/redirects.ts';

/** Old paths that name a file (`/old/page.html`), as opposed to a folder URL (`/old/page/`). */
export function fileRedirects(pages: readonly PageNode[]): string[] {
  return redirectsOf(pages)
    .map((redirect) => redirect.from)
    .filter((from) => !from.endsWith('/'));
}

export default function fileRedirectPages(pages: () => readonly PageNode[]): AstroIntegration {
  return {
    name: 'folio:file-redirects',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const from of fileRedirects(pages())) {
          const folder = join(out, from);
          const page = join(folder, 'index.html');
          if (!existsSync(page)) continue;
          const moved = `${folder}.tmp-redirect`;
          renameSync(page, moved);
          rmdirSync(folder);
          renameSync(moved, folder);
        }
      },
    },
  };
}
