/**
 * When each content file last changed: read from git history for all files in one `git log` call, falling back
 * to the file's modification time outside a git checkout or for files not committed yet.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';

/** Latest commit date per file (project-relative path) under `dir`, from one git call; empty outside git. */
export function gitLastChanged(root: string, dir = 'content'): Map<string, Date> {
  const dates = new Map<string, Date>();
  let log: string;
  try {
    log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--no-renames', '--', dir], {
      cwd: root,
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

export function createLastUpdated(root: string): (file: string) => Date {
  let fromGit: Map<string, Date> | undefined;
  return (file) => {
    fromGit ??= gitLastChanged(root);
    return fromGit.get(file) ?? statSync(join(root, file)).mtime;
  };
}
