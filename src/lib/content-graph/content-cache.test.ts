import { mkdtempSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheRecord, openContentCache, type ContentCache } from './content-cache.ts';

interface Entry {
  absPath: string;
  html: Uint8Array;
  digest: string;
}

const entry = (name: string, digest = 'a', html = `<p>${name}</p>`): Entry => ({
  absPath: `/docs/${name}.md`,
  html: new TextEncoder().encode(html),
  digest,
});
const cacheFile = () => join(mkdtempSync(join(tmpdir(), 'folio-cache-')), 'content.v8');
/** Saves `all` (every file's entry) of which `fresh` were rendered this time. */
const save = (cache: ContentCache<Entry>, all: readonly Entry[], fresh: readonly Entry[] = all) =>
  cache.save(
    all.map((one) => one.absPath),
    new Map(fresh.map((one) => [one.absPath, cacheRecord(one)])),
  );
const read = (file: string) => openContentCache<Entry>(file).entries;
const text = (one: Entry | undefined) => new TextDecoder().decode(one?.html);

describe('content cache', () => {
  it('gives back what a build saved, bytes included', () => {
    const file = cacheFile();
    const all = [entry('a'), entry('b', 'b', '<p>é → ü</p>')];
    save(openContentCache<Entry>(file), all);
    const entries = read(file);
    expect([...entries.keys()]).toEqual(['/docs/a.md', '/docs/b.md']);
    expect(text(entries.get('/docs/b.md'))).toBe('<p>é → ü</p>');
    expect(entries.get('/docs/b.md')?.digest).toBe('b');
  });

  it('appends only the entries rendered again, and the later one wins', () => {
    const file = cacheFile();
    const all = ['a', 'b', 'c', 'd'].map((name) => entry(name, 'old', `<p>${name.repeat(500)}</p>`));
    save(openContentCache<Entry>(file), all);
    const before = readFileSync(file);
    const cache = openContentCache<Entry>(file);
    const edited = entry('b', 'new', '<p>edited</p>');
    save(cache, all, [edited]);
    const after = readFileSync(file);
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    expect(after.length - before.length).toBeLessThan(200);
    expect(text(read(file).get('/docs/b.md'))).toBe('<p>edited</p>');
    expect(read(file).get('/docs/a.md')?.digest).toBe('old');
  });

  it('drops the entries of files no longer there when it writes the file whole', () => {
    const file = cacheFile();
    const all = ['a', 'b', 'c'].map((name) => entry(name));
    save(openContentCache<Entry>(file), all);
    const edited = entry('a', 'new');
    save(openContentCache<Entry>(file), [edited], [edited]);
    expect([...read(file).keys()]).toEqual(['/docs/a.md']);
  });

  it('writes the file whole once it would hold more replaced records than live ones', () => {
    const file = cacheFile();
    const all = [entry('a', '0', 'x'.repeat(1000)), entry('b', '0', 'y'.repeat(1000))];
    save(openContentCache<Entry>(file), all);
    const whole = statSync(file).size;
    let largest = whole;
    for (let round = 1; round <= 6; round++) {
      const cache = openContentCache<Entry>(file);
      const edited = entry('a', String(round), 'x'.repeat(1000));
      save(cache, all, [edited]);
      largest = Math.max(largest, statSync(file).size);
    }
    expect(largest).toBeLessThanOrEqual(2 * whole + 100);
    expect(read(file).get('/docs/a.md')?.digest).toBe('6');
    expect(read(file).size).toBe(2);
  });

  it('keeps the records before a torn write, and the next save writes the file whole', () => {
    const file = cacheFile();
    const first = [entry('a'), entry('b')];
    save(openContentCache<Entry>(file), first);
    const cache = openContentCache<Entry>(file);
    const edited = entry('c');
    save(cache, [...first, edited], [edited]);
    truncateSync(file, statSync(file).size - 3);
    const torn = openContentCache<Entry>(file);
    expect([...torn.entries.keys()]).toEqual(['/docs/a.md', '/docs/b.md']);
    const again = entry('c', 'again');
    save(torn, [...first, again], [again]);
    expect(read(file).get('/docs/c.md')?.digest).toBe('again');
    expect(read(file).size).toBe(3);
  });

  it('reads a file in another format, or no file, as an empty cache', () => {
    const file = cacheFile();
    expect(read(file).size).toBe(0);
    writeFileSync(file, 'not a cache at all');
    expect(read(file).size).toBe(0);
    const all = [entry('a')];
    save(openContentCache<Entry>(file), all);
    expect(read(file).size).toBe(1);
  });

  it('keeps nothing without a file', () => {
    const cache = openContentCache<Entry>(undefined);
    save(cache, [entry('a')]);
    expect(cache.entries.size).toBe(0);
  });
});
