/**
 * The check's output lines are read by GitHub Actions, which runs any stdout line starting with `::` as a
 * workflow command. Text from content (a front-matter key, a file name, a URL) must never start such a line,
 * and annotation fields must be escaped as GitHub specifies.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { error, escapeCommandData, escapeCommandProperty, formatProblem, warning } from './problems.ts';

/** Control characters a hostile key, file name or value could carry, each able to end or corrupt a line. */
const breakers = ['\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085', '\u000b', '\u000c'];

const commandLine = (line: string) => /^\s*::/.test(line);

describe('formatProblem', () => {
  it('keeps every piece of content text on its own line in the plain format', () => {
    for (const breaker of breakers) {
      const problem = error(
        `content/guides/a${breaker}::error::b.md`,
        3,
        1,
        `unknown front matter key "x${breaker}::set-env name=A::1"`,
        `did you mean "y${breaker}::add-mask::z"?`,
      );
      const text = formatProblem(problem);
      const lines = text.split(/\r\n|[\n\r\u2028\u2029\u0085\u000b\u000c]/);
      expect(lines).toHaveLength(2);
      expect(lines.filter(commandLine)).toEqual([]);
      expect(lines[0]).toMatch(/^content\/guides\/a\\[a-z0-9]+.*::error::b\.md:3:1: error: unknown front matter key/);
    }
  });

  it('shows what an escaped character was', () => {
    expect(formatProblem(warning('content/a.md', 1, 1, 'key "a\nb"'))).toBe('content/a.md:1:1: warning: key "a\\nb"');
  });

  it('escapes annotation data and properties as GitHub specifies', () => {
    expect(escapeCommandData('a%b\r\nc: d, e')).toBe('a%25b%0D%0Ac: d, e');
    expect(escapeCommandProperty('a%b\r\nc: d, e')).toBe('a%25b%0D%0Ac%3A d%2C e');
    const problem = error('content/g,1:2%.md', 4, 2, 'bad "x\r\n::warning::y" 100%', 'fix: a, b');
    const line = formatProblem(problem, { github: true });
    expect(line.split(/[\n\r]/)).toHaveLength(1);
    expect(line).toBe(
      '::error file=content/g%2C1%3A2%25.md,line=4,col=2::bad "x\\r\\n::warning::y" 100%25 (hint: fix: a, b)',
    );
  });

  it('leaves ordinary problems as they were', () => {
    expect(formatProblem(error('content/guides/a.md', 12, 7, 'link to a missing page', 'did you mean "b"?'))).toBe(
      'content/guides/a.md:12:7: error: link to a missing page\n  hint: did you mean "b"?',
    );
  });

  it('lets no front-matter key start a workflow command in `npm run check` under CI', () => {
    const root = mkdtempSync(join(tmpdir(), 'folio-annotations-'));
    mkdirSync(join(root, 'content', 'guides'), { recursive: true });
    writeFileSync(
      join(root, 'content', 'guides', 'x.md'),
      '---\ntitle: X\ndescription: A page.\n"a\\n::error file=README.md::injected\\r\\n::add-mask::b": 1\n---\n\nText.\n',
    );
    let output = '';
    try {
      execFileSync(process.execPath, [join(import.meta.dirname, '../../bin/folio.mjs'), 'check'], {
        cwd: root,
        env: { ...process.env, CI: 'true' },
        encoding: 'utf8',
      });
    } catch (failure) {
      output = (failure as { stdout: string }).stdout;
    }
    const lines = output.split(/\r\n|\n|\r/);
    const commands = lines.filter((line) => line.startsWith('::'));
    // Only annotations, each about the file: nothing from the key became a command of its own.
    expect(
      commands.filter((line) => !/^::(error|warning) file=content\/guides\/x\.md,line=\d+,col=\d+::/.test(line)),
    ).toEqual([]);
    expect(commands).toContain(
      '::error file=content/guides/x.md,line=4,col=1::unknown front matter key "a\\n::error file=README.md::injected\\r\\n::add-mask::b" (hint: remove or rename it: the keys a page may have are listed in docs/FRONT-MATTER.md)',
    );
    expect(output).toContain('content/guides/x.md:4:1: error: unknown front matter key "a\\n::error');
  });
});
