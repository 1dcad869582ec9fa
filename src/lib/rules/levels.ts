/**
 * Rule levels: what the config (`rules: { links: warning }`) and `--strict` make of the problems the rules
 * found. `folio check` and the build's content check both report through this one function, so a problem that
 * lets the build pass is listed the same way by both, and counted.
 */
import { configRuleId, defaultLevel, raisedByStrict } from './catalog.ts';
import type { Problem, Severity } from '../problems.ts';

export type RuleLevel = Severity | 'off';

export interface LevelSettings {
  /** Level by rule id; rules not named keep their default level. */
  rules: Readonly<Record<string, RuleLevel>>;
  /** Warnings count as errors. */
  strict: boolean;
  /** Rules that strict leaves alone by default (catalog.ts raisedByStrict) but should raise too. */
  strictAlso?: readonly string[] | undefined;
}

export interface LeveledProblems {
  /** Every problem still reported, with the severity it has under the settings. */
  problems: Problem[];
  errors: number;
  warnings: number;
  /** Problems left out because the config sets their rule to off: not listed, but never hidden without a word. */
  silenced: number;
  /** Errors that are warnings made errors by strict. */
  strictErrors: number;
}

/** A problem's level: the config's for its rule, else the rule's default; config problems keep their own. */
function levelOf(problem: Problem, rules: LevelSettings['rules']): RuleLevel {
  if (problem.rule === undefined || problem.rule === configRuleId) return problem.severity;
  return rules[problem.rule] ?? defaultLevel(problem.rule) ?? problem.severity;
}

function strictRaises(rule: string | undefined, settings: LevelSettings): boolean {
  return rule === undefined || raisedByStrict(rule) || (settings.strictAlso?.includes(rule) ?? false);
}

export function applyRuleLevels(problems: readonly Problem[], settings: LevelSettings): LeveledProblems {
  const reported: Problem[] = [];
  let silenced = 0;
  let strictErrors = 0;
  for (const problem of problems) {
    const level = levelOf(problem, settings.rules);
    if (level === 'off') {
      silenced++;
      continue;
    }
    const raised = level === 'warning' && settings.strict && strictRaises(problem.rule, settings);
    if (raised) strictErrors++;
    const severity = raised ? 'error' : level;
    reported.push(severity === problem.severity ? problem : { ...problem, severity });
  }
  const errors = reported.filter((problem) => problem.severity === 'error').length;
  return { problems: reported, errors, warnings: reported.length - errors, silenced, strictErrors };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "2 errors, 1 warning, 3 silenced by config": the counts both the check and the build end with. */
export function levelSummary(leveled: LeveledProblems): string {
  const parts = [plural(leveled.errors, 'error'), plural(leveled.warnings, 'warning')];
  if (leveled.silenced > 0) parts.push(`${leveled.silenced} silenced by config (rules: off)`);
  const strict =
    leveled.strictErrors > 0
      ? ` (${leveled.strictErrors} of the errors are warnings: strict counts them as errors)`
      : '';
  return parts.join(', ') + strict;
}
