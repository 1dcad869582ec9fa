import { distance } from 'fastest-levenshtein';

/** Returns the candidate nearest to `wanted`, or undefined if none is within a plausible typo distance. */
export function closest(wanted: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(wanted.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const limit = Math.max(3, Math.ceil(wanted.length * 0.5));
  return bestDistance <= limit ? best : undefined;
}
