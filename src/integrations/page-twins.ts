/**
 * Astro integration: in a production build, writes each content page's Markdown twin beside the page
 * (`/guides/x/index.md`), as the page left it while rendering (src/lib/twin-routes.ts `leaveTwin`). A twin is a
 * few lines of text; as an Astro route of its own each would cost a route's work, and there is one per page. The
 * other twins (home, folders, glossary) and llms.txt stay routes.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteContext } from '../context/site-context.ts';

export default function pageTwins(context: SiteContext): AstroIntegration {
  return {
    name: 'folio:page-twins',
    hooks: {
      'astro:build:start': () => {
        context.pageTwins = new Map();
      },
      'astro:build:done': ({ dir, logger }) => {
        const twins = context.pageTwins ?? new Map<string, string>();
        context.pageTwins = undefined;
        const out = fileURLToPath(dir);
        // Beside its page's index.html, which Astro has written, so the folder is there.
        for (const [path, text] of twins) writeFileSync(join(out, ...path.split('/')), text);
        logger.info(`${twins.size} Markdown twins written beside their pages`);
      },
    },
  };
}
