import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../problems.ts';
import { gonePages } from './gone-pages.ts';
import { lockFileName, lockText, readLock, type LockedPage } from './lock-file.ts';

function lockIn(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'folio-lock-'));
  writeFileSync(join(dir, lockFileName), text);
  return readLock(dir, `docs/${lockFileName}`);
}

describe('the anchor lock file', () => {
  it('is sorted YAML, one id per line, and reads back as it was written', () => {
    const pages = new Map<string, LockedPage>([
      ['/guides/b/', { gone: false, ids: ['zeta', 'alpha', 'alpha'] }],
      ['/', { gone: false, ids: [] }],
      ['/guides/old/', { gone: true }],
    ]);
    const text = lockText(pages);
    expect(text.split('\n').filter((line) => !line.startsWith('#'))).toEqual([
      '/: []',
      '/guides/b/:',
      '  - alpha',
      '  - zeta',
      '/guides/old/: gone',
      '',
    ]);
    const { lock, problems } = lockIn(text);
    expect(problems).toEqual([]);
    expect([...lock!.pages]).toEqual([
      ['/', { gone: false, ids: [] }],
      ['/guides/b/', { gone: false, ids: ['alpha', 'zeta'] }],
      ['/guides/old/', { gone: true }],
    ]);
    expect(lock!.lineOf('/guides/old/')).toBe(text.split('\n').indexOf('/guides/old/: gone') + 1);
  });

  it('reports what it cannot read at its line, and a missing lock is no lock', () => {
    const { problems } = lockIn('/guides/a/:\n  - x\nguides/b: []\n/guides/c/: 3\n/guides/d/: [unclosed\n');
    expect(problems.map((problem) => formatProblem(problem).split('\n')[0])).toEqual([
      expect.stringMatching(/^docs\/folio\.lock\.yaml:\d+:\d+: error: YAML syntax/),
    ]);
    const keys = lockIn('/guides/a/:\n  - x\nguides/b: []\n/guides/c/: 3\n');
    expect(keys.problems.map((problem) => formatProblem(problem).split('\n')[0])).toEqual([
      'docs/folio.lock.yaml:3:1: error: "guides/b" is not a site path such as /guides/x/',
      'docs/folio.lock.yaml:4:1: error: /guides/c/: a locked page is a list of ids, or "gone"',
    ]);
    expect(keys.lock!.pages.has('/guides/a/')).toBe(true);
    expect(readLock(mkdtempSync(join(tmpdir(), 'folio-nolock-')), 'x').lock).toBeUndefined();
  });
});

describe('removed pages', () => {
  it('point to the closest parent the site still has, and are not served where a page or redirect is', () => {
    const { lock } = lockIn('/a/b/c/: gone\n/a/x/: gone\n/z/y/: gone\n/a/: []\n/a/b/: gone\n');
    expect(gonePages(lock, new Set(['/', '/a/', '/a/b/']))).toEqual([
      { url: '/a/b/c/', nearest: '/a/b/' },
      { url: '/a/x/', nearest: '/a/' },
      { url: '/z/y/', nearest: '/' },
    ]);
  });
});
