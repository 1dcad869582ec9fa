/**
 * Two files whose names differ only in case (`Setup.md`, `setup.md`), or only in how an accented letter is
 * encoded, are one file on macOS and Windows disks: a checkout there keeps one of them, and a build there
 * writes both pages to one folder. Linux keeps both, so CI would never notice. A warning, since the site built
 * here is right; a contributor on another system would lose a file.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentGraph } from '../content-graph/graph.ts';
import { warning, type Problem } from '../problems.ts';

/** Files under public/, as project-relative paths. */
function publicFiles(root: string): string[] {
  const dir = join(root, 'public');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** What a case-insensitive, normalizing file system sees of a path. */
const folded = (path: string) => path.normalize('NFC').toLowerCase();

export function checkCaseCollisions(graph: ContentGraph): Problem[] {
  const problems: Problem[] = [];
  const files = [...graph.pages, ...graph.drafts].map((page) => page.file);
  const first = new Map<string, string>();
  for (const file of [...files, ...publicFiles(graph.root)].sort()) {
    const key = folded(file);
    const other = first.get(key);
    if (other === undefined) first.set(key, file);
    else
      problems.push(
        warning(
          file,
          0,
          0,
          `"${file}" and "${other}" differ only in case or accents: on macOS and Windows they are one file, and one would replace the other`,
          'rename one of them (or merge them)',
        ),
      );
  }
  return problems;
}
