import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentCacheFile, startContentLoad, takeContentLoad } from './early-load.ts';

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'folio-early-'));
  mkdirSync(join(root, 'content', 'guides'), { recursive: true });
  writeFileSync(
    join(root, 'content', 'guides', 'x.md'),
    '---\ntitle: X\ndescription: A page.\n---\n\n## Start\n\n[Here](x.md)\n',
  );
  return root;
}

const options = { base: '/', siteOrigin: 'https://example.org' };

describe('content load started before Astro', () => {
  it('is handed to the integration when the options match, and only once', async () => {
    const root = project();
    const holder = { earlyLoad: undefined };
    void startContentLoad(holder, root, options);
    const first = takeContentLoad(holder, `${root}/`, options);
    const second = takeContentLoad(holder, root, options);
    expect(first.startedAt).toBeLessThan(second.startedAt);
    expect([first.early, second.early]).toEqual([true, false]);
    const [a, b] = await Promise.all([first.loaded, second.loaded]);
    expect(a.graph.pages.map((page) => page.path)).toEqual(['/guides/x/']);
    expect(b.graph.pages.map((page) => page.path)).toEqual(['/guides/x/']);
  });

  it('is not used when the integration loads with other options (another base path)', async () => {
    const root = project();
    const holder = { earlyLoad: undefined };
    void startContentLoad(holder, root, options);
    const taken = takeContentLoad(holder, root, { ...options, base: '/handbook/' });
    expect(taken.early).toBe(false);
    const loaded = await taken.loaded;
    expect([...loaded.html.values()][0]?.html).toContain('href="/handbook/guides/x/"');
  });

  it('is kept by the holder it was started in: another build does not take it', () => {
    const root = project();
    const mine = { earlyLoad: undefined };
    const other = { earlyLoad: undefined };
    void startContentLoad(mine, root, options);
    expect(takeContentLoad(other, root, options).early).toBe(false);
    expect(takeContentLoad(mine, root, options).early).toBe(true);
  });

  it('keeps its cache inside node_modules/.astro, which a cold build clears', () => {
    expect(contentCacheFile('/p/node_modules/.astro')).toBe('/p/node_modules/.astro/folio-content-3.v8');
  });
});
