/**
 * Astro's log destination for this site (astro.config.mjs `logger`): Astro's own Node destination, with two
 * fixes so the log reads cleanly.
 *
 * - Page generation lists each route on a line of its own. Pages render four at a time (`build.concurrency`),
 *   and Astro writes each route as two pieces, its path and later its "(+8ms)", so the pieces of different
 *   routes interleave into a garbled list with orphan timings. The paths become whole lines and the render
 *   times are left out; the step's "✓ Completed in ..." gives the time.
 * - Astro's "An unhandled error occurred while running the ... hook" is left out when the content check stops
 *   a build: the check has just listed every problem as path:line:column, and the build says what failed.
 */
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeDestination, { type NodeHandlerConfig } from 'astro/logger/node';

/** The route being generated ("  ├─ /manual/x/index.html"), written without a line end. */
function isRouteName(event: AstroLoggerMessage): boolean {
  return event.label === null && !event.newLine && event.message.includes('\u251c\u2500');
}

/** What Astro writes after a route: its render time, "(cached)" or "(restored)". */
function isRouteOutcome(event: AstroLoggerMessage): boolean {
  // The outcome may be coloured with ANSI escapes.
  const plain = event.message.replace(/\u001b\[[0-9;]*m/g, '').trim();
  return event.label === 'SKIP_FORMAT' && /^\((?:\+[\d.]+m?s|cached|restored)\)/.test(plain);
}

/** Astro's note that one of our hooks threw, after the content check has reported why. */
function isContentCheckHookError(event: AstroLoggerMessage): boolean {
  return (
    event.level === 'error' &&
    event.label === 'folio:content-check' &&
    event.message.startsWith('An unhandled error occurred while running the')
  );
}

/** Wraps a destination: whole route lines, no render times, no hook error after the content check's report. */
export function filteredDestination(destination: AstroLoggerDestination): AstroLoggerDestination {
  return {
    ...destination,
    write: (event) => {
      if (isRouteOutcome(event) || isContentCheckHookError(event)) return;
      destination.write(isRouteName(event) ? { ...event, newLine: true } : event);
    },
  };
}

export default function buildLog(config?: NodeHandlerConfig): AstroLoggerDestination {
  return filteredDestination(nodeDestination(config));
}
