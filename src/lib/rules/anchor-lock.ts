/**
 * The anchor lock (src/lib/anchor-lock/): a locked URL or id that disappears is an error of `anchor-lock`, at the
 * line where the fix goes; what is published but not locked yet is one warning of `anchor-lock-update`. Without a
 * lock file in the docs folder, neither reports anything. The lock is read once per graph for both.
 */
import { relative, sep } from 'node:path';
import { compareWithLock, unlockedProblem, type LockComparison } from '../anchor-lock/compare.ts';
import { lockFileName, readLock } from '../anchor-lock/lock-file.ts';
import type { ContentGraph } from '../content-graph/graph.ts';
import type { Problem } from '../problems.ts';

const compared = new WeakMap<
  ContentGraph,
  { problems: Problem[]; comparison: LockComparison | undefined; path: string }
>();

/** The lock file as problems name it: relative to the working directory, with forward slashes. */
export function lockFilePath(graph: ContentGraph): string {
  return relative(graph.layout.displayRoot, `${graph.layout.docsDir}${sep}${lockFileName}`).split(sep).join('/');
}

function comparison(graph: ContentGraph) {
  let result = compared.get(graph);
  if (!result) {
    const path = lockFilePath(graph);
    const { lock, problems } = readLock(graph.layout.docsDir, path);
    result = { problems, comparison: lock ? compareWithLock(graph, lock, path) : undefined, path };
    compared.set(graph, result);
  }
  return result;
}

export function checkAnchorLock(graph: ContentGraph): Problem[] {
  const { problems, comparison: found } = comparison(graph);
  return [...problems, ...(found?.lost ?? [])];
}

export function checkAnchorLockUpdate(graph: ContentGraph): Problem[] {
  const { comparison: found, path } = comparison(graph);
  return found ? unlockedProblem(found.unlocked, path) : [];
}
