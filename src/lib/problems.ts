/**
 * A problem found in content: where it is, what is wrong, and how to fix it. Problems are values, collected
 * from every file and rule and reported together, so one run shows every mistake.
 */
export interface Problem {
  /** Path relative to the project root, with forward slashes (content/guides/x.md). */
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
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

/** `path:line:column: severity: message` with the hint on the next line; GitHub annotations when asked. */
export function formatProblem(problem: Problem, options: { github?: boolean } = {}): string {
  const { file, line, column, severity, message, hint } = problem;
  if (options.github) {
    const text = hint ? `${message} (hint: ${hint})` : message;
    const escaped = text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    return `::${severity} file=${file},line=${Math.max(line, 1)},col=${Math.max(column, 1)}::${escaped}`;
  }
  const head = `${file}:${Math.max(line, 1)}:${Math.max(column, 1)}: ${severity}: ${message}`;
  return hint ? `${head}\n  hint: ${hint}` : head;
}

/** The closest candidate by edit distance, if it is close enough to be a plausible typo. */
export { closest } from './closest.ts';
