/**
 * When each content file last changed: read from git history for all files in one `git log` call, falling back
 * to the file's modification time outside a git checkout or for files not committed yet.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { relative, sep } from 'node:path';

/** Latest commit date per file (path relative to `dir`) under `dir`, from one git call; empty outside git. */
export function gitLastChanged(dir: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  let log: string;
  try {
    // --relative: paths relative to `dir`, wherever it is in the repository.
    log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--no-renames', '--relative', '--', '.'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return dates;
  }
  // Newest commits come first, so the first date seen for a file is its latest change.
  for (const block of log.split('\0').slice(1)) {
    const [date, ...files] = block.split('\n').filter(Boolean);
    if (!date) continue;
    for (const file of files) if (!dates.has(file)) dates.set(file, new Date(date));
  }
  return dates;
}

/** When a file in `dir` (given by absolute path) last changed. */
export function createLastUpdated(dir: string): (absPath: string) => Date {
  let fromGit: Map<string, Date> | undefined;
  return (absPath) => {
    fromGit ??= gitLastChanged(dir);
    return fromGit.get(relative(dir, absPath).split(sep).join('/')) ?? statSync(absPath).mtime;
  };
}
