/**
 * SUMMARY.md, mdBook's table of contents, orders the navigation (src/lib/navigation/summary-files.ts). It is not a
 * page, so the link rule never reads it: this rule reports what the summary format has no place for, chapters
 * whose file is not a page of the site (a reader would miss them from the order), and files listed twice.
 */
import { existsSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import type { ContentGraph } from '../content-graph/graph.ts';
import { readSummaries } from '../navigation/summary-files.ts';
import { summaryChapters } from '../navigation/summary.ts';
import { closest, error, warning, type Problem } from '../problems.ts';

export function checkSummaries(graph: ContentGraph): Problem[] {
  const problems: Problem[] = [];
  const { docsDir } = graph.layout;
  for (const found of readSummaries(graph.layout)) {
    problems.push(...found.problems);
    const folderDir = join(docsDir, found.folder);
    // Pages as SUMMARY.md would link them, for the hint.
    const linkable = [...graph.byAbsPath.keys()]
      .map((absPath) => relative(folderDir, absPath).split(sep).join('/'))
      .filter((file) => !file.startsWith('../'));
    const seen = new Map<string, number>();
    for (const chapter of summaryChapters(found.summary)) {
      if (chapter.file === undefined) continue; // A draft chapter: mdBook's way to list what is not written yet.
      const earlier = seen.get(chapter.file);
      if (earlier !== undefined) {
        problems.push(
          warning(
            found.file,
            chapter.line,
            chapter.column,
            `chapter "${chapter.title}" lists ${chapter.file} again (first at line ${earlier})`,
            'list each file once: the navigation keeps the first place only',
          ),
        );
        continue;
      }
      seen.set(chapter.file, chapter.line);
      const absPath = join(folderDir, chapter.file);
      if (graph.byAbsPath.has(absPath)) continue;
      const suggestion = closest(chapter.file, linkable);
      const exists = existsSync(absPath);
      problems.push(
        error(
          found.file,
          chapter.line,
          chapter.column,
          exists
            ? `chapter "${chapter.title}" links to ${chapter.file}, which is not a Markdown page`
            : `chapter "${chapter.title}" links to ${chapter.file}, which does not exist`,
          suggestion
            ? `did you mean ${suggestion}?`
            : exists
              ? 'link chapters to .md files'
              : `create ${posix.join(posix.dirname(found.file), chapter.file)}, or write \`[${chapter.title}]()\` for a chapter not written yet`,
        ),
      );
    }
  }
  return problems;
}
