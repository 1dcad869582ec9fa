/**
 * Astro integration: when BUILD_TIMINGS_FILE is set (by `npm run bench`), records when each build phase starts
 * and ends and writes them there as JSON, so the benchmark can report where the time goes.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import type { SiteContext } from '../context/site-context.ts';

export type { BuildTimings } from '../context/site-context.ts';

/** The spans come from the other integrations (recordSpan in src/context/site-context.ts). */
export default function buildTimings(context: SiteContext): AstroIntegration {
  const file = process.env['BUILD_TIMINGS_FILE'];
  const mark = (name: string) => {
    context.timings.marks[name] = Math.round(performance.now());
  };
  return {
    name: 'folio:build-timings',
    hooks: {
      'astro:config:done': () => mark('configDone'),
      'astro:build:start': () => mark('buildStart'),
      'astro:build:generated': () => mark('pagesGenerated'),
      'astro:build:done': () => {
        mark('buildDone');
        if (file) writeFileSync(file, JSON.stringify(context.timings, null, 2));
      },
    },
  };
}
