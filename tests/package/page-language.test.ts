/**
 * A page's language through the command: `lang: de` in its front matter is its <html lang> (which sets the
 * browser's hyphenation and the date format), while the site's pages keep the config's `lang`; and the search
 * index stays one index in the site's language, holding the German page, so the search page finds it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const checkout = process.cwd();
let work: string;

beforeAll(() => {
  // Inside the checkout: the built site's server chunks resolve Astro's dependencies from node_modules above them.
  mkdirSync(join(checkout, 'node_modules', '.cache'), { recursive: true });
  work = mkdtempSync(join(checkout, 'node_modules', '.cache', 'folio-lang-'));
  mkdirSync(join(work, 'docs', 'guides'), { recursive: true });
  writeFileSync(join(work, 'docs', 'folio.config.yaml'), 'lang: en-GB\n');
  writeFileSync(
    join(work, 'docs', 'README.md'),
    '# Languages\n\nRead [the setup](guides/setup.md) or [die Einrichtung](guides/einrichtung.md).\n',
  );
  writeFileSync(join(work, 'docs', 'guides', 'setup.md'), '# Setup\n\nHow to set everything up.\n');
  writeFileSync(
    join(work, 'docs', 'guides', 'einrichtung.md'),
    '---\nlang: de\n---\n# Einrichtung\n\nDie Donaudampfschifffahrtsgesellschaft richtet alles ein.\n',
  );
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('page language', () => {
  it("sets <html lang> from the page, else the site, and indexes every page in the site's language", () => {
    const result = spawnSync(process.execPath, [join(checkout, 'bin/folio.mjs'), 'build', 'docs', '--out', 'site'], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, CI: 'false', FOLIO_STRICT: '' },
      timeout: 200_000,
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const page = (path: string) => readFileSync(join(work, 'site', path, 'index.html'), 'utf8');
    expect(page('guides/einrichtung')).toMatch(/<html lang="de"/);
    expect(page('guides/setup')).toMatch(/<html lang="en-GB"/);
    expect(page('')).toMatch(/<html lang="en-GB"/);
    // Pagefind writes one index per language it meets; the search page loads its own language's only.
    const entry = JSON.parse(readFileSync(join(work, 'site', 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['en-GB']);
    expect(entry.languages['en-GB']?.page_count).toBe(2);
  });
});
