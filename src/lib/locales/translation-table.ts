/**
 * The translation report as text: one row per original page, one column per language, each cell up to date,
 * outdated (with the commit it follows) or missing; then the translations without an original. Markdown, so the
 * same table reads in a terminal and in a pull request comment; or JSON for tools.
 */
import { relative, sep } from 'node:path';
import type { TranslationReport } from './translation-report.ts';

export interface TranslationRowData {
  original: string;
  languages: Record<string, { status: 'up-to-date' | 'outdated' | 'missing'; file?: string; since?: string }>;
}

export function translationRows(report: TranslationReport, docsDir: string): TranslationRowData[] {
  const shown = (absPath: string) => relative(docsDir, absPath).split(sep).join('/');
  return report.rows.map((row) => ({
    original: shown(row.original.absPath),
    languages: Object.fromEntries(
      [...row.cells].map(([code, cell]) => [
        code,
        cell.status === 'missing'
          ? { status: 'missing' as const }
          : {
              status: cell.status,
              file: shown(cell.translation.absPath),
              ...(cell.status === 'outdated' ? { since: cell.since.slice(0, 10) } : {}),
            },
      ]),
    ),
  }));
}

const cellText = (cell: TranslationRowData['languages'][string] | undefined) =>
  !cell || cell.status === 'missing'
    ? 'missing'
    : cell.status === 'outdated'
      ? `outdated (since ${cell.since ?? '?'})`
      : 'up to date';

export function translationMarkdown(report: TranslationReport, docsDir: string): string {
  const rows = translationRows(report, docsDir);
  if (report.codes.length === 0) return 'The site has one language: there is nothing to translate.\n';
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  const lines = [
    `| Page | ${report.codes.join(' | ')} |`,
    `| --- | ${report.codes.map(() => '---').join(' | ')} |`,
    ...rows.map(
      (row) => `| ${escape(row.original)} | ${report.codes.map((code) => cellText(row.languages[code])).join(' | ')} |`,
    ),
  ];
  const totals = report.codes.map((code) => {
    const count = (status: string) =>
      rows.filter((row) => (row.languages[code]?.status ?? 'missing') === status).length;
    return `${code}: ${count('up-to-date')} up to date, ${count('outdated')} outdated, ${count('missing')} missing`;
  });
  lines.push('', ...totals);
  if (report.orphans.length > 0)
    lines.push(
      '',
      'Translations without an original:',
      ...report.orphans.map((page) => `- ${relative(docsDir, page.absPath).split(sep).join('/')}`),
    );
  return `${lines.join('\n')}\n`;
}
