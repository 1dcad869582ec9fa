/**
 * Astro integration: when BUILD_TIMINGS_FILE is set (by `npm run bench`), records when each build phase starts
 * and ends and writes them there as JSON, so the benchmark can report where the time goes.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';

export interface BuildTimings {
  /** Milliseconds since the process started, at each hook. */
  marks: Record<string, number>;
  /** Durations measured inside our own integrations (content graph and checks, search index). */
  spans: Record<string, number>;
}

const key = Symbol.for('folio.build-timings');
type Holder = { [key]?: BuildTimings };

/** Records a measured span; a no-op cost when nobody reads it. */
export function recordSpan(name: string, ms: number): void {
  const holder = globalThis as Holder;
  holder[key] ??= { marks: {}, spans: {} };
  holder[key].spans[name] = (holder[key].spans[name] ?? 0) + ms;
}

export default function buildTimings(): AstroIntegration {
  const file = process.env['BUILD_TIMINGS_FILE'];
  const holder = globalThis as Holder;
  const mark = (name: string) => {
    holder[key] ??= { marks: {}, spans: {} };
    holder[key].marks[name] = Math.round(performance.now());
  };
  return {
    name: 'folio:build-timings',
    hooks: {
      'astro:config:done': () => mark('configDone'),
      'astro:build:start': () => mark('buildStart'),
      'astro:build:generated': () => mark('pagesGenerated'),
      'astro:build:done': () => {
        mark('buildDone');
        if (file) writeFileSync(file, JSON.stringify(holder[key], null, 2));
      },
    },
  };
}
