import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { error, warning, type Problem } from '../problems.ts';
import { checkReport, jsonReport } from './check-report.ts';
import type { LeveledProblems } from './levels.ts';

const problems: Problem[] = [
  { ...error('content/a.md', 3, 5, 'missing anchor "#x" in this page', 'did you mean "#y"?'), rule: 'links' },
  { ...warning('content/b.md', 1, 1, 'no other page links to this page'), rule: 'orphans' },
  error('folio.config.yaml', 2, 1, 'unknown config key "titel"'),
];
const checked: LeveledProblems = { problems, errors: 2, warnings: 1, silenced: 4, strictErrors: 0 };

describe('check report', () => {
  it('gives tools every field of every problem, with a version, in JSON', () => {
    expect(jsonReport(checked, 12)).toEqual({
      version: 1,
      pages: 12,
      errors: 2,
      warnings: 1,
      silenced: 4,
      problems: [
        {
          file: 'content/a.md',
          line: 3,
          column: 5,
          rule: 'links',
          level: 'error',
          message: 'missing anchor "#x" in this page',
          hint: 'did you mean "#y"?',
        },
        {
          file: 'content/b.md',
          line: 1,
          column: 1,
          rule: 'orphans',
          level: 'warning',
          message: 'no other page links to this page',
          hint: null,
        },
        {
          file: 'folio.config.yaml',
          line: 2,
          column: 1,
          rule: 'config',
          level: 'error',
          message: 'unknown config key "titel"',
          hint: null,
        },
      ],
    });
    expect(JSON.parse(checkReport(checked, 12, 'json', 5))).toEqual(jsonReport(checked, 12));
  });

  it('prints a line per problem for people, and an annotation after each for GitHub', () => {
    const human = checkReport(checked, 12, 'human', 5).split('\n');
    expect(human[0]).toBe('content/a.md:3:5: error: missing anchor "#x" in this page [links]');
    expect(human.at(-1)).toMatch(/^12 pages checked in 5 ms: 2 errors, 1 warning/);
    expect(human.filter((line) => line.startsWith('::'))).toEqual([]);
    const github = checkReport(checked, 12, 'github', 5).split('\n');
    expect(github).toContain(
      '::error file=content/a.md,line=3,col=5::missing anchor "#x" in this page (hint: did you mean "#y"?)',
    );
  });

  it('is what `folio check --format json` prints, alone on stdout, with the exit code of the check', () => {
    const root = mkdtempSync(join(tmpdir(), 'folio-json-'));
    mkdirSync(join(root, 'content', 'guides'), { recursive: true });
    writeFileSync(join(root, 'content', 'index.md'), '# Home\n\nSee [the guide](guides/a.md#nowhere).\n');
    writeFileSync(join(root, 'content', 'guides', 'a.md'), '# A\n\n## Somewhere\n\nText.\n');
    let stdout = '';
    let status = 0;
    try {
      stdout = execFileSync(
        process.execPath,
        [join(import.meta.dirname, '../../../bin/folio.mjs'), 'check', '--format', 'json'],
        { cwd: root, env: { ...process.env, CI: 'true' }, encoding: 'utf8' },
      );
    } catch (failure) {
      ({ stdout, status } = failure as { stdout: string; status: number });
    }
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as ReturnType<typeof jsonReport>;
    expect(report.problems).toContainEqual({
      file: 'content/index.md',
      line: 3,
      column: 5,
      rule: 'links',
      level: 'error',
      message: 'missing anchor "#nowhere" in content/guides/a.md',
      hint: 'did you mean "#somewhere"?',
    });
    expect(report.errors).toBe(1);
  });
});
