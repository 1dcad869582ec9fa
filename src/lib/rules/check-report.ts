/**
 * How `folio check` prints what it found, in the three formats it offers: `human` (path:line:column, then the
 * hint), `github` (the same, each problem followed by a GitHub Actions workflow command that annotates the line
 * in a pull request) and `json`, a stable document for other tools. The JSON schema is documented in
 * docs/CHECK-FORMAT.md; a change to it bumps `version`.
 */
import { formatProblem, type Problem } from '../problems.ts';
import { levelSummary, type LeveledProblems } from './levels.ts';

export const checkFormats = ['human', 'github', 'json'] as const;
export type CheckFormat = (typeof checkFormats)[number];

/** One problem in the JSON report. `line` and `column` are 1-based; 0 means the whole file. */
export interface JsonProblem {
  file: string;
  line: number;
  column: number;
  /** The rule's id (src/lib/rules/catalog.ts), or "config" for a problem in the config file itself. */
  rule: string;
  level: 'error' | 'warning';
  message: string;
  /** How to fix it; null when there is no hint. */
  hint: string | null;
}

export interface JsonReport {
  version: 1;
  pages: number;
  errors: number;
  warnings: number;
  /** Problems of rules the config turns off: not listed. */
  silenced: number;
  problems: JsonProblem[];
}

function jsonProblem(problem: Problem): JsonProblem {
  return {
    file: problem.file,
    line: problem.line,
    column: problem.column,
    rule: problem.rule ?? 'config',
    level: problem.severity,
    message: problem.message,
    hint: problem.hint ?? null,
  };
}

export function jsonReport(checked: LeveledProblems, pages: number): JsonReport {
  const { errors, warnings, silenced } = checked;
  return { version: 1, pages, errors, warnings, silenced, problems: checked.problems.map(jsonProblem) };
}

/** The report as the lines (or the one JSON document) the check prints. */
export function checkReport(checked: LeveledProblems, pages: number, format: CheckFormat, ms: number): string {
  if (format === 'json') return JSON.stringify(jsonReport(checked, pages), null, 2);
  const lines = checked.problems.flatMap((problem) => [
    formatProblem(problem, { ruleId: true }),
    ...(format === 'github' ? [formatProblem(problem, { github: true })] : []),
  ]);
  return [...lines, `${pages} pages checked in ${ms} ms: ${levelSummary(checked)}`].join('\n');
}
