import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitInfo, trackedFiles, webUrlOfRemote } from './git-info.ts';

/** A fresh repository with an identity of its own, so no user or system git config is needed. */
function repository(): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'folio-git-')));
  const run = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
  run('init', '--quiet', '--initial-branch=trunk');
  run('config', 'user.email', 'test@example.org');
  run('config', 'user.name', 'Test');
  run('config', 'commit.gpgsign', 'false');
  return root;
}

describe('web address of a git remote', () => {
  it.each([
    ['git@github.com:o/r.git', 'https://github.com/o/r'],
    ['https://github.com/o/r.git', 'https://github.com/o/r'],
    ['https://github.com/o/r/', 'https://github.com/o/r'],
    ['ssh://git@host.example/o/r', 'https://host.example/o/r'],
    ['ssh://git@gitlab.example:2222/group/sub/r.git', 'https://gitlab.example/group/sub/r'],
    ['git@gitlab.com:group/subgroup/project.git', 'https://gitlab.com/group/subgroup/project'],
    ['git://git.example.org/o/r.git', 'https://git.example.org/o/r'],
    ['http://git.internal.example:8080/o/r.git', 'http://git.internal.example:8080/o/r'],
    ['  https://codeberg.org/o/r.git\n', 'https://codeberg.org/o/r'],
  ])('%s -> %s', (remote, web) => {
    expect(webUrlOfRemote(remote)).toBe(web);
  });

  it('drops credentials, which would otherwise be published on every page', () => {
    expect(webUrlOfRemote('https://x-access-token:ghs_secret@github.com/o/r.git')).toBe('https://github.com/o/r');
    expect(webUrlOfRemote('https://oauth2:glpat-secret@gitlab.com/g/r')).toBe('https://gitlab.com/g/r');
    expect(webUrlOfRemote('https://user@bitbucket.org/o/r.git')).toBe('https://bitbucket.org/o/r');
    expect(webUrlOfRemote('ssh://deploy:pw@host.example/o/r')).toBe('https://host.example/o/r');
  });

  it('gives no address for remotes without a web page', () => {
    expect(webUrlOfRemote('/srv/git/r.git')).toBeUndefined();
    expect(webUrlOfRemote('../r')).toBeUndefined();
    expect(webUrlOfRemote('file:///srv/git/r.git')).toBeUndefined();
    expect(webUrlOfRemote('github-work:o/r.git')).toBeUndefined();
    expect(webUrlOfRemote('C:\\repos\\r')).toBeUndefined();
    expect(webUrlOfRemote('https://github.com/')).toBeUndefined();
  });
});

describe('git info', () => {
  it('finds the root, the web address of origin, the branch and the docs folder path', () => {
    const root = repository();
    mkdirSync(join(root, 'docs', 'guide'), { recursive: true });
    execFileSync('git', ['remote', 'add', 'origin', 'git@github.com:team/project.git'], { cwd: root });
    expect(gitInfo(join(root, 'docs'))).toEqual({
      root,
      remoteUrl: 'https://github.com/team/project',
      branch: 'trunk',
      docsPath: 'docs',
    });
    expect(gitInfo(root)?.docsPath).toBe('');
    expect(gitInfo(join(root, 'docs', 'guide'))?.docsPath).toBe('docs/guide');
  });

  it('has no remote URL without origin, and falls back to "main" on a detached HEAD', () => {
    const root = repository();
    writeFileSync(join(root, 'a.md'), '# A\n');
    execFileSync('git', ['add', '.'], { cwd: root });
    execFileSync('git', ['commit', '--quiet', '-m', 'a'], { cwd: root });
    execFileSync('git', ['checkout', '--quiet', '--detach'], { cwd: root });
    expect(gitInfo(root)).toEqual({ root, remoteUrl: undefined, branch: 'main', docsPath: '' });
  });

  it('gives nothing outside a checkout, without throwing', () => {
    const outside = mkdtempSync(join(tmpdir(), 'folio-no-git-'));
    expect(gitInfo(outside)).toBeUndefined();
  });

  it('lists tracked files only, relative to the root, including names with spaces and non-ASCII', () => {
    const root = repository();
    mkdirSync(join(root, 'docs'));
    writeFileSync(join(root, 'docs', 'a b.md'), '');
    writeFileSync(join(root, 'Übersicht.md'), '');
    writeFileSync(join(root, 'untracked.md'), '');
    execFileSync('git', ['add', 'docs', 'Übersicht.md'], { cwd: root });
    expect(trackedFiles(root)).toEqual(new Set(['docs/a b.md', 'Übersicht.md']));
  });
});
