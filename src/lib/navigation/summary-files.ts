/**
 * Finds and reads a docs folder's mdBook tables of contents: SUMMARY.md at its root, and SUMMARY.md in each
 * top-level folder (where an mdBook keeps it when the docs folder is the book's root, beside book.toml). The
 * navigation orders pages by them; the content check reports their problems. Both read them through here, so
 * they agree on which files count.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { summaryName, type DocsLayout } from '../content-layout.ts';
import { readContentText } from '../content-graph/read-text.ts';
import type { Problem } from '../problems.ts';
import { parseSummary, type Summary } from './summary.ts';

export interface SummaryFile {
  /** The folder SUMMARY.md stands in, relative to the docs folder (`''` for the root). */
  folder: string;
  /** Path as shown in messages (relative to the working directory). */
  file: string;
  absPath: string;
  summary: Summary;
  /** What cannot be read or has no place in the summary format (src/lib/navigation/summary.ts). */
  problems: Problem[];
}

/** A regular file, never a symbolic link (content folders hold none: src/lib/content-graph/list-files.ts). */
function isPlainFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

/** The SUMMARY.md files of a docs folder, the root's first, then by folder name. */
export function readSummaries(layout: Pick<DocsLayout, 'docsDir' | 'displayRoot'>): SummaryFile[] {
  let entries;
  try {
    entries = readdirSync(layout.docsDir, { withFileTypes: true });
  } catch {
    return []; // No docs folder: the content check says so.
  }
  const folders = [
    '',
    ...entries
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort(),
  ];
  const found: SummaryFile[] = [];
  for (const folder of folders) {
    const absPath = join(layout.docsDir, folder, summaryName);
    if (!isPlainFile(absPath)) continue;
    const file = relative(layout.displayRoot, absPath).split(sep).join('/');
    const { text, problems: textProblems } = readContentText(absPath, file);
    const { summary, problems } = parseSummary(text, file);
    found.push({ folder, file, absPath, summary, problems: [...textProblems, ...problems] });
  }
  return found;
}
