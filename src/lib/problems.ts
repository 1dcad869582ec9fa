/**
 * A problem found in content: where it is, what is wrong, and how to fix it. Problems are values, collected
 * from every file and rule and reported together, so one run shows every mistake.
 */
/** How much a problem matters: an error stops the build; a warning is listed (and stops it under --strict). */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path relative to the project root, with forward slashes (content/manual/x.md). */
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  column: number;
  severity: Severity;
  message: string;
  /** The id of the rule that found it (src/lib/rules/catalog.ts), by which the config sets its level. */
  rule?: string;
  /** How to fix it, e.g. the closest existing page or anchor. */
  hint?: string;
}

export function error(file: string, line: number, column: number, message: string, hint?: string): Problem {
  return hint === undefined
    ? { file, line, column, severity: 'error', message }
    : { file, line, column, severity: 'error', message, hint };
}

export function warning(file: string, line: number, column: number, message: string, hint?: string): Problem {
  return { ...error(file, line, column, message, hint), severity: 'warning' };
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );
}

/**
 * Text from content (file names, front-matter keys, URLs) may hold line breaks and other control characters.
 * Printed as they are, they would start new lines, and GitHub Actions runs any output line that starts with `::`
 * as a workflow command. They are shown escaped instead (`\n`, `\u2028`), so each problem is exactly one
 * line (and its hint one more).
 */
export function visibleText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\u000b': '\\v', '\f': '\\f' };
    return named[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** A workflow command's message, escaped as GitHub's runner expects. */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value (file=...), escaped as GitHub's runner expects. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The same problem, found by the rule `rule`. */
export function byRule(rule: string, problem: Problem): Problem {
  return { ...problem, rule };
}

/**
 * `path:line:column: severity: message` with the hint on the next line; GitHub annotations when asked. With
 * `ruleId`, the message ends in the rule's id (`[links]`): what to write in the config to change its level.
 */
export function formatProblem(problem: Problem, options: { github?: boolean; ruleId?: boolean } = {}): string {
  const { line, column, severity } = problem;
  const file = visibleText(problem.file);
  const rule = problem.rule !== undefined && options.ruleId === true ? ` [${problem.rule}]` : '';
  const message = visibleText(problem.message) + rule;
  const hint = problem.hint === undefined ? undefined : visibleText(problem.hint);
  if (options.github) {
    const text = hint ? `${message} (hint: ${hint})` : message;
    return `::${severity} file=${escapeCommandProperty(file)},line=${Math.max(line, 1)},col=${Math.max(column, 1)}::${escapeCommandData(text)}`;
  }
  const head = `${file}:${Math.max(line, 1)}:${Math.max(column, 1)}: ${severity}: ${message}`;
  return hint ? `${head}\n  hint: ${hint}` : head;
}

/** The closest candidate by edit distance, if it is close enough to be a plausible typo. */
export { closest } from './closest.ts';
