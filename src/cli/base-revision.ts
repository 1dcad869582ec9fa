/**
 * The revision `folio impact` compares with, and a checkout of it to read. The default is where the current
 * branch left the default branch (`git merge-base HEAD origin/main`), as a pull request's diff is. The checkout
 * is a temporary `git worktree` outside the repository: a real checkout, so links to files outside the docs
 * folder are judged as git tracked them then; it is removed again (with git's record of it) when the report is
 * done. Only local git commands run: nothing is fetched.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitEnvironment } from '../config/git-info.ts';
import { CommandError } from './command.ts';

function git(cwd: string, args: readonly string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: gitEnvironment(),
  }).trim();
}

function tryGit(cwd: string, args: readonly string[]): string | undefined {
  try {
    return git(cwd, args);
  } catch {
    return undefined;
  }
}

/** The checkout's top folder; a clear error outside one. */
export function checkoutRoot(dir: string): string {
  const root = tryGit(dir, ['rev-parse', '--show-toplevel']);
  if (!root)
    throw new CommandError(
      `${dir} is not in a git checkout: the impact report compares the working tree with a git revision. Run it inside the repository (git init, or clone it).`,
    );
  return root;
}

/** The default branch as this clone knows it: origin's HEAD, else the first of origin/main, origin/master, main, master that exists. */
function defaultBranch(root: string): string | undefined {
  const originHead = tryGit(root, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
  if (originHead) return originHead;
  return ['origin/main', 'origin/master', 'main', 'master'].find(
    (name) => tryGit(root, ['rev-parse', '--verify', '--quiet', `${name}^{commit}`]) !== undefined,
  );
}

export interface BaseRevision {
  /** The full commit id. */
  commit: string;
  /** What it is, for the report: "`1a2b3c4` (where this branch left origin/main)". */
  label: string;
}

/** `--base REV` resolved to a commit, else the merge base of HEAD with the default branch. */
export function baseRevision(root: string, option: string | undefined): BaseRevision {
  if (option !== undefined) {
    const commit = tryGit(root, ['rev-parse', '--verify', '--quiet', `${option}^{commit}`]);
    if (!commit)
      throw new CommandError(
        `--base ${option}: no such revision in this clone. Give a branch, tag or commit; in CI, fetch the history first (actions/checkout with fetch-depth: 0).`,
      );
    return { commit, label: `\`${commit.slice(0, 7)}\` (${option})` };
  }
  const branch = defaultBranch(root);
  if (!branch)
    throw new CommandError(
      'no default branch to compare with (no origin/HEAD, origin/main, origin/master, main or master): give one with --base REV',
    );
  const commit = tryGit(root, ['merge-base', 'HEAD', branch]);
  if (!commit)
    throw new CommandError(
      `HEAD and ${branch} share no history in this clone: give the revision to compare with (--base REV), or fetch more history (actions/checkout with fetch-depth: 0)`,
    );
  return { commit, label: `\`${commit.slice(0, 7)}\` (where this branch left ${branch})` };
}

/** A checkout of `commit` in a new temporary folder, and how to remove it. */
export function checkOutRevision(root: string, commit: string): { dir: string; remove: () => void } {
  const parent = mkdtempSync(join(tmpdir(), 'folio-impact-'));
  const dir = join(parent, 'base');
  try {
    git(root, ['worktree', 'add', '--detach', '--quiet', dir, commit]);
  } catch (error) {
    rmSync(parent, { recursive: true, force: true });
    const detail = error instanceof Error && 'stderr' in error ? String(error.stderr).trim() : String(error);
    throw new CommandError(`could not check out ${commit.slice(0, 7)} to compare with: ${detail}`);
  }
  return {
    dir,
    remove: () => {
      tryGit(root, ['worktree', 'remove', '--force', dir]);
      rmSync(parent, { recursive: true, force: true });
    },
  };
}
