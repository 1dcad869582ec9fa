import type { AstroLoggerMessage } from 'astro';
import { describe, expect, it } from 'vitest';
import { filteredDestination } from './build-log.ts';

/** The events Astro sends while it generates pages four at a time, in the order they arrive. */
const generating: AstroLoggerMessage[] = [
  {
    label: 'SKIP_FORMAT',
    level: 'info',
    message: '\n\u001b[42m\u001b[30m generating static routes \u001b[39m\u001b[49m',
    newLine: true,
  },
  { label: null, level: 'info', message: '  \u001b[34m├─\u001b[39m \u001b[2m/404.html\u001b[22m', newLine: false },
  {
    label: null,
    level: 'info',
    message: '  \u001b[34m├─\u001b[39m \u001b[2m/glossary/index.html\u001b[22m',
    newLine: false,
  },
  { label: 'SKIP_FORMAT', level: 'info', message: ' \u001b[2m(+58ms)\u001b[22m ', newLine: true },
  { label: null, level: 'info', message: '  \u001b[32m├─\u001b[39m \u001b[2m/rss.xml\u001b[22m', newLine: false },
  { label: 'SKIP_FORMAT', level: 'info', message: ' \u001b[32m(cached)\u001b[39m', newLine: true },
  { label: 'SKIP_FORMAT', level: 'info', message: ' \u001b[2m(+8ms)\u001b[22m ', newLine: true },
  { label: null, level: 'info', message: '\u001b[32m✓ Completed in 407ms.\n\u001b[39m', newLine: true },
];

function written(events: AstroLoggerMessage[]): AstroLoggerMessage[] {
  const out: AstroLoggerMessage[] = [];
  const destination = filteredDestination({ write: (event) => out.push(event) });
  for (const event of events) destination.write(event);
  return out;
}

describe('build log', () => {
  it('writes each route as a whole line and leaves out the render times that arrive out of order', () => {
    const whole = (event: AstroLoggerMessage | undefined) => event && { ...event, newLine: true };
    expect(written(generating)).toEqual([
      generating[0],
      whole(generating[1]),
      whole(generating[2]),
      whole(generating[4]),
      generating.at(-1),
    ]);
  });

  it("leaves out Astro's unhandled-hook line after the content check has listed the problems, and nothing else", () => {
    const problem: AstroLoggerMessage = {
      label: 'folio:content-check',
      level: 'error',
      message: 'content/guides/a.md:3:1: error: link to a missing page "./b.md"',
      newLine: true,
    };
    const hookError: AstroLoggerMessage = {
      ...problem,
      message: 'An unhandled error occurred while running the "astro:config:setup" hook',
    };
    const otherHook: AstroLoggerMessage = { ...hookError, label: 'folio:search-index' };
    expect(written([problem, hookError, otherHook])).toEqual([problem, otherHook]);
  });
});
