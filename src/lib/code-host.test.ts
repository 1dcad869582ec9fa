import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileInRepository, newIssueUrl, sourceLinesUrl } from './code-host.ts';

const lines = { start: 12, end: 30 };

describe('the code host URL of a section’s lines', () => {
  it.each([
    ['https://github.com/o/r', 'https://github.com/o/r/blob/main/docs/a.md#L12-L30'],
    ['https://github.example.com/o/r', 'https://github.example.com/o/r/blob/main/docs/a.md#L12-L30'],
    ['https://gitlab.com/group/sub/r', 'https://gitlab.com/group/sub/r/-/blob/main/docs/a.md#L12-30'],
    ['https://gitlab.example.org/o/r', 'https://gitlab.example.org/o/r/-/blob/main/docs/a.md#L12-30'],
    ['https://bitbucket.org/o/r', 'https://bitbucket.org/o/r/src/main/docs/a.md#lines-12:30'],
    ['https://codeberg.org/o/r', 'https://codeberg.org/o/r/src/branch/main/docs/a.md#L12-L30'],
  ])('follows %s’s way of writing a range', (url, expected) => {
    expect(sourceLinesUrl({ url, branch: 'main' }, 'docs/a.md', lines)).toBe(expected);
  });

  it('writes one line as a line, not a range', () => {
    const one = { start: 7, end: 7 };
    expect(sourceLinesUrl({ url: 'https://github.com/o/r', branch: 'main' }, 'a.md', one)).toBe(
      'https://github.com/o/r/blob/main/a.md#L7',
    );
    expect(sourceLinesUrl({ url: 'https://gitlab.com/o/r', branch: 'main' }, 'a.md', one)).toBe(
      'https://gitlab.com/o/r/-/blob/main/a.md#L7',
    );
    expect(sourceLinesUrl({ url: 'https://bitbucket.org/o/r', branch: 'main' }, 'a.md', one)).toBe(
      'https://bitbucket.org/o/r/src/main/a.md#lines-7',
    );
  });

  it('gives no URL for a host it does not know', () => {
    expect(sourceLinesUrl({ url: 'https://git.example.org/o/r', branch: 'main' }, 'a.md', lines)).toBeUndefined();
    expect(sourceLinesUrl({ url: 'https://notgithub.com/o/r', branch: 'main' }, 'a.md', lines)).toBeUndefined();
  });

  it('encodes the branch and the path, keeping their slashes', () => {
    expect(sourceLinesUrl({ url: 'https://github.com/o/r', branch: 'release/1.0' }, 'docs/a b#c.md', lines)).toBe(
      'https://github.com/o/r/blob/release/1.0/docs/a%20b%23c.md#L12-L30',
    );
  });
});

describe('a file’s path in the repository', () => {
  const docsDir = join('/repo', 'docs');

  it('is the docs folder’s path in the repository, then the file’s path in the docs folder', () => {
    expect(fileInRepository({ url: '', branch: 'main', path: 'docs' }, docsDir, join(docsDir, 'g', 'a.md'))).toBe(
      'docs/g/a.md',
    );
    expect(fileInRepository({ url: '', branch: 'main', path: '' }, docsDir, join(docsDir, 'a.md'))).toBe('a.md');
    expect(fileInRepository({ url: '', branch: 'main' }, docsDir, join(docsDir, 'a.md'))).toBe('a.md');
  });

  it('is unknown for a file outside the docs folder', () => {
    expect(fileInRepository({ url: '', branch: 'main', path: 'docs' }, docsDir, join('/repo', 'src', 'a.md'))).toBe(
      undefined,
    );
  });
});

describe('a new issue, filled in', () => {
  it('is prefilled where the host reads a title and a text from the address', () => {
    expect(newIssueUrl('https://github.com/o/r', 'Problem in “Logs”', 'Line 1\n**Page:** [a](https://s/a/#x)')).toBe(
      'https://github.com/o/r/issues/new?title=Problem%20in%20%E2%80%9CLogs%E2%80%9D&body=Line%201%0A**Page:**%20%5Ba%5D(https://s/a/%23x)',
    );
    expect(newIssueUrl('https://codeberg.org/o/r', 'T', 'B')).toBe(
      'https://codeberg.org/o/r/issues/new?title=T&body=B',
    );
    expect(newIssueUrl('https://gitlab.com/g/r', 'T', 'B & C')).toBe(
      'https://gitlab.com/g/r/-/issues/new?issue%5Btitle%5D=T&issue%5Bdescription%5D=B%20%26%20C',
    );
  });

  it('is none where the host cannot prefill one, or is unknown', () => {
    expect(newIssueUrl('https://bitbucket.org/o/r', 'T', 'B')).toBe(undefined);
    expect(newIssueUrl('https://git.example.org/o/r', 'T', 'B')).toBe(undefined);
  });
});
