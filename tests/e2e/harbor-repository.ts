/**
 * The multilingual test site (tests/e2e/fixtures/harbor): English with an Arabic translation beside each original
 * (`x.ar.md`), as a git checkout with two commits. The first holds everything; the second edits one original
 * (guide/configure.md) after its translation was written, so that translation has fallen behind, as a team's
 * history would show it.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDocs } from './book-repository.ts';

export const harborFixture = join(import.meta.dirname, 'fixtures', 'harbor');

export const harborRepository = { url: 'https://github.com/example/harbor', branch: 'main' } as const;

function git(cwd: string, date: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Harbor Docs',
      GIT_AUTHOR_EMAIL: 'docs@example.org',
      GIT_COMMITTER_NAME: 'Harbor Docs',
      GIT_COMMITTER_EMAIL: 'docs@example.org',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  }).trim();
}

/** The two commits: the translation's, and the later one that changed its original. */
export interface HarborCommits {
  translated: string;
  changed: string;
  /** What the build printed (its content check's problems among it). */
  output?: string;
}

export function makeHarborRepository(): { root: string; commits: HarborCommits } {
  const root = mkdtempSync(join(tmpdir(), 'folio-harbor-'));
  cpSync(harborFixture, root, { recursive: true });
  const first = '2025-03-01T12:00:00Z';
  git(root, first, 'init', '--quiet', '--initial-branch', harborRepository.branch);
  git(root, first, 'remote', 'add', 'origin', `${harborRepository.url}.git`);
  git(root, first, 'add', '--all');
  git(root, first, 'commit', '--quiet', '--message', 'Harbor docs, in English and Arabic');
  const translated = git(root, first, 'rev-parse', 'HEAD');
  appendFileSync(
    join(root, 'docs', 'guide', 'configure.md'),
    '\n## Keep it current {#schedule}\n\nRun `harbor sync` from a timer every hour.\n',
  );
  const second = '2025-04-01T12:00:00Z';
  git(root, second, 'commit', '--quiet', '--all', '--message', 'Configure: how often to sync');
  return { root, commits: { translated, changed: git(root, second, 'rev-parse', 'HEAD') } };
}

/** Builds the site into `out` from its checkout with the real command; throws with the output if it fails. */
export function buildHarborSite(out: string): HarborCommits {
  const { root, commits } = makeHarborRepository();
  try {
    const { ok, output } = buildDocs(root, out, { BASE_PATH: '/', SITE_URL: 'https://harbor.example' });
    if (!ok) throw new Error(`The Harbor site did not build:\n${output}`);
    return { ...commits, output };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
