/**
 * Translations: one that has fallen behind its original (the original changed after the commit or day the
 * translation was synced with), and one whose original does not exist, which would stand in no one's place.
 * Warnings: a change to an original must not break the build of every language.
 */
import { relative, sep } from 'node:path';
import type { ContentGraph } from '../content-graph/graph.ts';
import { gitHistory, translationReport } from '../locales/translation-report.ts';
import { warning, type Problem } from '../problems.ts';

export function checkTranslations(graph: ContentGraph): Problem[] {
  if (!graph.layout.locales?.codes.length) return [];
  const report = translationReport(graph, gitHistory(graph.layout.docsDir));
  const problems: Problem[] = [];
  const shown = (absPath: string) => relative(graph.layout.displayRoot, absPath).split(sep).join('/');
  for (const row of report.rows)
    for (const cell of row.cells.values()) {
      if (cell.status !== 'outdated') continue;
      const page = cell.translation;
      const { line, column } = page.positions.get('translated_from') ?? { line: 1, column: 1 };
      problems.push(
        warning(
          page.file,
          line,
          column,
          `outdated translation: ${shown(row.original.absPath)} changed in ${cell.changed.commit.slice(0, 10)} (${cell.changed.date.toISOString().slice(0, 10)}), after ${cell.since.slice(0, 10)} this translation follows`,
          `bring the translation up to date with the original (git diff ${cell.since.slice(0, 10)} -- ${shown(row.original.absPath)}), then commit it; or set translated_from: to the commit it now matches`,
        ),
      );
    }
  for (const page of report.orphans)
    problems.push(
      warning(
        page.file,
        1,
        1,
        'this translation has no original: no page of the default language is at its place',
        'name it as its original is named (a translation of guides/x.md is es/guides/x.md or guides/x.es.md), or delete it if the original was removed',
      ),
    );
  return problems;
}
