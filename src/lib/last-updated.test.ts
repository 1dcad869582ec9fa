import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLastUpdated, gitLastChanged } from './last-updated.ts';

function repoWithHistory(): string {
  const root = mkdtempSync(join(tmpdir(), 'folio-git-'));
  mkdirSync(join(root, 'content'));
  const git = (args: string[], date: string) =>
    execFileSync('git', args, {
      cwd: root,
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@t',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@t',
      },
    });
  git(['init', '-q'], '2020-01-01T00:00:00Z');
  writeFileSync(join(root, 'content', 'a.md'), 'a');
  writeFileSync(join(root, 'content', 'b.md'), 'b');
  git(['add', '.'], '2020-01-01T00:00:00Z');
  git(['commit', '-qm', 'first'], '2021-03-04T05:06:07Z');
  writeFileSync(join(root, 'content', 'b.md'), 'b2');
  git(['commit', '-qam', 'second'], '2022-05-06T07:08:09Z');
  return root;
}

describe('last updated dates', () => {
  it('reads every file’s latest commit date from one git log', () => {
    // Paths relative to the docs folder, wherever it is in the repository.
    const dates = gitLastChanged(join(repoWithHistory(), 'content'));
    expect(dates.get('a.md')?.toISOString()).toBe('2021-03-04T05:06:07.000Z');
    expect(dates.get('b.md')?.toISOString()).toBe('2022-05-06T07:08:09.000Z');
  });

  it('falls back to the file time outside git or for uncommitted files', () => {
    const root = mkdtempSync(join(tmpdir(), 'folio-nogit-'));
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, 'content', 'c.md'), 'c');
    utimesSync(join(root, 'content', 'c.md'), new Date('2019-02-03T00:00:00Z'), new Date('2019-02-03T00:00:00Z'));
    expect(gitLastChanged(join(root, 'content')).size).toBe(0);
    expect(createLastUpdated(join(root, 'content'))(join(root, 'content', 'c.md')).toISOString()).toBe(
      '2019-02-03T00:00:00.000Z',
    );
  });
});
