/**
 * When each content file last changed: read from git history for all files in one `git log` call, falling back
 * to the file's modification time outside a git checkout or for files not committed yet.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { relative, sep } from 'node:path';

/** A file's latest commit. */
export interface LastChange {
  date: Date;
  /** The commit's full hash. */
  commit: string;
}

/** Latest commit date per file (path relative to `dir`) under `dir`, from one git call; empty outside git. */
export function gitLastChanged(dir: string): Map<string, Date> {
  return new Map([...gitLastChanges(dir)].map(([file, change]) => [file, change.date]));
}

/** Latest commit (hash and date) per file (path relative to `dir`) under `dir`, from one git call; empty outside git. */
export function gitLastChanges(dir: string): Map<string, LastChange> {
  const changes = new Map<string, LastChange>();
  let log: string;
  try {
    // --relative: paths relative to `dir`, wherever it is in the repository.
    log = execFileSync('git', ['log', '--format=%x00%H %cI', '--name-only', '--no-renames', '--relative', '--', '.'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return changes;
  }
  // Newest commits come first, so the first commit seen for a file is its latest change.
  for (const block of log.split('\0').slice(1)) {
    const [head, ...files] = block.split('\n').filter(Boolean);
    const [commit, date] = head?.split(' ') ?? [];
    if (!commit || !date) continue;
    for (const file of files) if (!changes.has(file)) changes.set(file, { date: new Date(date), commit });
  }
  return changes;
}

/** When a file in `dir` (given by absolute path) last changed. */
export function createLastUpdated(dir: string): (absPath: string) => Date {
  let fromGit: Map<string, Date> | undefined;
  return (absPath) => {
    fromGit ??= gitLastChanged(dir);
    return fromGit.get(relative(dir, absPath).split(sep).join('/')) ?? statSync(absPath).mtime;
  };
}
