/**
 * The test book (tests/e2e/fixtures/book) as a team would have it: a git repository with the docs in docs/, files
 * outside the docs folder (LICENSE, src/main.rs), one commit, and an origin on the code host. The site's repository
 * defaults (edit links, links to files outside the docs folder, "last updated") come from that checkout alone: the
 * book has no config file. The branch is not `main` (the fallback when git says nothing), so a test can tell that
 * the branch was read from git.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const bookFixture = join(import.meta.dirname, 'fixtures', 'book');

/** The site path the book is built under: a base path, so the new kinds of links are also checked against one. */
export const bookBase = '/kiln/';

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

const packageRoot = resolve(import.meta.dirname, '..', '..');

export interface BookBuild {
  ok: boolean;
  /** What the command printed (stdout, then stderr). */
  output: string;
}

/**
 * Builds the book into `out` with the real command, run from the book's checkout as its team would run it:
 * `folio build docs`, no config file, only BASE_PATH and SITE_URL from the environment.
 */
export function buildBookSite(out: string): BookBuild {
  // A checkout with no node_modules of its own: the command must build from anywhere.
  const repository = makeBookRepository();
  try {
    return buildDocs(repository, out, { BASE_PATH: bookBase, SITE_URL: 'https://book.example' });
  } finally {
    rmSync(repository, { recursive: true, force: true });
  }
}

/**
 * `folio build docs --out OUT` run from a checkout as its team would run it, with only `settings` from the
 * environment (none of the FOLIO_* variables a test run may carry).
 */
export function buildDocs(checkout: string, out: string, settings: Record<string, string>): BookBuild {
  const env: NodeJS.ProcessEnv = { ...process.env, ...settings };
  for (const name of ['FOLIO_DOCS', 'FOLIO_CONFIG', 'FOLIO_STRICT', 'SEARCH_SHARD_PAGES']) delete env[name];
  const run = spawnSync(process.execPath, [join(packageRoot, 'bin', 'folio.mjs'), 'build', 'docs', '--out', out], {
    cwd: checkout,
    env,
    encoding: 'utf8',
  });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

/** The problems (`path:line:column: error|warning: ...`) a build printed. */
export function reportedProblems(output: string): string[] {
  return [...output.matchAll(/\S+:\d+:\d+: (?:error|warning): .*/g)].map((match) => match[0]);
}
