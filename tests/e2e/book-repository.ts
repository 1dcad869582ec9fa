/**
 * The test book (tests/e2e/fixtures/book) as a team would have it: a git repository with the docs in docs/, files
 * outside the docs folder (LICENSE, src/main.rs), one commit, and an origin on the code host. The site's repository
 * defaults (edit links, links to files outside the docs folder, "last updated") come from that checkout alone: the
 * book has no config file. The branch is not `main` (the fallback when git says nothing), so a test can tell that
 * the branch was read from git.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const bookFixture = join(import.meta.dirname, 'fixtures', 'book');

/** What the book's checkout says about itself, as the tests expect to see it on the site. */
export const bookRepository = {
  url: 'https://github.com/example/book',
  branch: 'trunk',
  /** The docs folder, relative to the repository root. */
  docs: 'docs',
} as const;

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', args, {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    // The repository's own settings only: no user config, no hooks or templates from the machine.
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Kiln Docs',
      GIT_AUTHOR_EMAIL: 'docs@example.org',
      GIT_COMMITTER_NAME: 'Kiln Docs',
      GIT_COMMITTER_EMAIL: 'docs@example.org',
      GIT_AUTHOR_DATE: '2025-03-01T12:00:00Z',
      GIT_COMMITTER_DATE: '2025-03-01T12:00:00Z',
    },
  });
}

/** Copies the book into a new temporary folder and makes it a committed checkout; returns the folder. */
export function makeBookRepository(): string {
  const root = mkdtempSync(join(tmpdir(), 'folio-book-'));
  cpSync(bookFixture, root, { recursive: true });
  git(root, 'init', '--quiet', '--initial-branch', bookRepository.branch);
  git(root, 'remote', 'add', 'origin', `${bookRepository.url}.git`);
  git(root, 'add', '--all');
  git(root, 'commit', '--quiet', '--message', 'The Kiln field guide');
  return root;
}
