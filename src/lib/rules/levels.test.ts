import { judgeDiagrams } from '../../cli/judge-diagrams.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContentGraph } from '../content-graph/graph.ts';
import { error, formatProblem, warning, type Problem } from '../problems.ts';
import { configRuleId, defaultLevel, ruleCatalog, ruleIds } from './catalog.ts';
import type { TranslationLayout } from '../content-layout.ts';
import { validateContent } from './index.ts';
import { applyRuleLevels, levelSummary } from './levels.ts';

const link = { ...error('docs/a.md', 3, 5, 'link to a missing page "b.md"'), rule: 'links' };
const orphan = { ...warning('docs/c.md', 1, 1, 'no other page links to this page'), rule: 'orphans' };
const badConfig = { ...error('docs/folio.config.yaml', 2, 1, 'unknown config key "titel"'), rule: configRuleId };
const configWarning = { ...warning('docs/folio.config.yaml', 4, 1, 'repository has no URL'), rule: configRuleId };

describe('applyRuleLevels', () => {
  it('keeps the default levels when the config sets none', () => {
    const leveled = applyRuleLevels([link, orphan], { rules: {}, strict: false });
    expect(leveled.problems).toEqual([link, orphan]);
    expect(leveled).toMatchObject({ errors: 1, warnings: 1, silenced: 0, strictErrors: 0 });
  });

  it("gives every problem of a rule the config's level for it", () => {
    const other = { ...link, line: 9 };
    const leveled = applyRuleLevels([link, other, orphan], {
      rules: { links: 'warning', orphans: 'error' },
      strict: false,
    });
    expect(leveled.problems.map((p) => `${p.rule}:${p.line}:${p.severity}`)).toEqual([
      'links:3:warning',
      'links:9:warning',
      'orphans:1:error',
    ]);
    expect(leveled).toMatchObject({ errors: 1, warnings: 2 });
  });

  it('leaves out the problems of a rule set to off, and counts them', () => {
    const leveled = applyRuleLevels([link, orphan, { ...orphan, file: 'docs/d.md' }], {
      rules: { orphans: 'off' },
      strict: false,
    });
    expect(leveled.problems).toEqual([link]);
    expect(leveled).toMatchObject({ errors: 1, warnings: 0, silenced: 2 });
    expect(levelSummary(leveled)).toBe('1 error, 0 warnings, 2 silenced by config (rules: off)');
  });

  it('makes warnings errors under strict, after the config has set the levels', () => {
    const leveled = applyRuleLevels([link, orphan], { rules: { links: 'warning' }, strict: true });
    expect(leveled.problems.map((p) => p.severity)).toEqual(['error', 'error']);
    expect(leveled).toMatchObject({ errors: 2, warnings: 0, strictErrors: 2 });
    expect(levelSummary(leveled)).toBe(
      '2 errors, 0 warnings (2 of the errors are warnings: strict counts them as errors)',
    );
  });

  it('leaves an overdue review a warning under strict, unless the config asks strict to raise it', () => {
    const review = { ...warning('docs/e.md', 4, 1, 'review overdue since 2021-01-31'), rule: 'review-dates' };
    const lenient = applyRuleLevels([review, orphan], { rules: {}, strict: true });
    expect(lenient.problems.map((p) => `${p.rule}:${p.severity}`)).toEqual(['review-dates:warning', 'orphans:error']);
    const raised = applyRuleLevels([review], { rules: {}, strict: true, strictAlso: ['review-dates'] });
    expect(raised).toMatchObject({ errors: 1, strictErrors: 1 });
    expect(applyRuleLevels([review], { rules: { 'review-dates': 'error' }, strict: false }).errors).toBe(1);
  });

  it('uses the catalog default even when a rule wrote another severity', () => {
    const leveled = applyRuleLevels([{ ...link, severity: 'warning' }], { rules: {}, strict: false });
    expect(leveled.problems[0]?.severity).toBe('error');
  });

  it('keeps config problems at their own level: the config cannot level itself', () => {
    const leveled = applyRuleLevels([badConfig, configWarning], { rules: { [configRuleId]: 'off' }, strict: false });
    expect(leveled.problems).toEqual([badConfig, configWarning]);
    expect(applyRuleLevels([configWarning], { rules: {}, strict: true }).errors).toBe(1);
  });
});

describe('rule ids', () => {
  it('are unique and kebab-case, and config is not among them', () => {
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const id of ruleIds) expect(id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
    expect(ruleIds).not.toContain(configRuleId);
  });

  it('are named in the printed problem', () => {
    expect(formatProblem(link, { ruleId: true })).toBe('docs/a.md:3:5: error: link to a missing page "b.md" [links]');
    expect(formatProblem(link)).toBe('docs/a.md:3:5: error: link to a missing page "b.md"');
  });

  // Every fixture site of the rule tests: each problem names a catalog rule, and the severity the rule writes is
  // the default the catalog documents for it, so a reader of the rule's file is not misled.
  const fixtures = join(import.meta.dirname, 'fixtures');
  let found: Problem[] = [];
  beforeAll(async () => {
    const sites = readdirSync(fixtures).map(async (name) => {
      // As in rules.test.ts: required.json stands for the config's per-section `required` lists.
      const required = join(fixtures, name, 'required.json');
      const requiredKeys = existsSync(required)
        ? new Map(Object.entries(JSON.parse(readFileSync(required, 'utf8')) as Record<string, string[]>))
        : undefined;
      // And locales.json for its `locales`.
      const localesFile = join(fixtures, name, 'locales.json');
      const locales = existsSync(localesFile)
        ? (JSON.parse(readFileSync(localesFile, 'utf8')) as TranslationLayout)
        : undefined;
      const graph = buildContentGraph(join(fixtures, name), {
        layout: { glossary: 'glossary', requiredKeys, locales },
      });
      await judgeDiagrams(graph); // Mermaid's verdicts, as `folio check` gets them.
      return validateContent(graph);
    });
    found = (await Promise.all(sites)).flat();
  });
  it('are carried by every problem, at the default level of their rule', () => {
    expect(found.length).toBeGreaterThan(50);
    for (const problem of found) {
      expect(ruleIds, formatProblem(problem)).toContain(problem.rule);
      expect(`${problem.rule}: ${problem.severity}`).toBe(`${problem.rule}: ${defaultLevel(problem.rule ?? '')}`);
    }
  });

  it('each have a fixture that shows them', () => {
    const shown = new Set(found.map((problem) => problem.rule));
    const missing = ruleCatalog.filter((rule) => !shown.has(rule.id)).map((rule) => rule.id);
    expect(missing).toEqual([]);
  });
});

describe('the rule table in CONTRIBUTING.md', () => {
  it('lists every rule with its default level', () => {
    const text = readFileSync(join(import.meta.dirname, '../../../CONTRIBUTING.md'), 'utf8');
    for (const rule of ruleCatalog) expect(text).toMatch(new RegExp(`\\| \`${rule.id}\` +\\| ${rule.level} +\\|`));
  });
});
