/**
 * Worker thread entry: deletes the folders it is given (sites newer builds replaced: site-folders.ts), at the
 * lowest scheduling priority, so the build it runs beside keeps the cores and this takes what the build leaves
 * idle. On Linux a priority belongs to a thread; elsewhere the call would lower the whole build, so it is not
 * made there.
 *
 * The walk is written here rather than left to `rmSync(path, { recursive: true })`: that deletes a whole tree
 * in one native call, which stopping the thread cannot interrupt. Deleting one file at a time, the thread stops
 * between two files when the build no longer wants it to go on (site-folders.ts finishes the rest itself).
 * A symbolic link is deleted, never followed.
 */
import { lstatSync, readdirSync, rmdirSync, unlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { workerData } from 'node:worker_threads';

if (process.platform === 'linux') setPriority(19);

function remove(path: string): void {
  // What it is given may itself be a link (a `.link` a stopped build left, set aside as replaced).
  if (!lstatSync(path).isDirectory()) return unlinkSync(path);
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) remove(child);
    else unlinkSync(child);
  }
  rmdirSync(path);
}

for (const path of (workerData as { paths: string[] }).paths) remove(path);
