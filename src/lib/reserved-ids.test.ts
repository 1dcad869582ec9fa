/**
 * Every id the layouts, components and browser scripts write must be reserved, so content can never take it
 * (src/lib/rules/duplicate-ids.ts). Read from the source, so a new layout id without a reservation fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reservedIds } from './reserved-ids.ts';

const src = join(import.meta.dirname, '..');

function sources(dir: string, extension: string): string[] {
  return (
    readdirSync(join(src, dir), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith(extension) && !name.endsWith('.test.ts'))
      // Without comments: an example in a doc comment is no id.
      .map((name) => readFileSync(join(src, dir, name), 'utf8').replace(/\/\*[\s\S]*?\*\//g, ''))
  );
}

function layoutIds(): Set<string> {
  const ids = new Set<string>();
  const astro = ['components', 'layouts', 'pages'].flatMap((dir) => sources(dir, '.astro'));
  for (const text of astro) for (const [, id] of text.matchAll(/\bid="([^"{}]+)"/g)) ids.add(id!);
  for (const text of sources('scripts', '.ts')) {
    for (const [, id] of text.matchAll(/\.id = '([^']+)'/g)) ids.add(id!);
    // The search UI's elements are named after the prefix it is built with.
    for (const [, prefix] of text.matchAll(/buildSearchSkeleton\('([^']+)',/g))
      for (const part of ['input', 'status']) ids.add(`${prefix}-${part}`);
  }
  return ids;
}

describe('reserved ids', () => {
  it('include every id the layouts and scripts write', () => {
    const ids = layoutIds();
    expect(ids.size).toBeGreaterThanOrEqual(12);
    expect([...ids].filter((id) => !reservedIds.has(id))).toEqual([]);
  });
});
