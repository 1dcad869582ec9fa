/**
 * The contributor's loop on a scratch copy of the project: `npm run check` reports every mistake in one run
 * with file and line; a build that fails leaves dist/ byte-identical; the scaffold writes a page that passes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  appendFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const project = process.cwd();
let scratch: string;

function run(script: string, args: string[] = []) {
  const result = spawnSync(process.execPath, [join('scripts', script), ...args], {
    cwd: scratch,
    encoding: 'utf8',
    env: { ...process.env, CI: '' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function hashTree(dir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(file.slice(dir.length)).update(readFileSync(file));
  return hash.digest('hex');
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'handbook-contributor-'));
  for (const entry of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(project, entry), join(scratch, entry), { recursive: true });
  }
  symlinkSync(join(project, 'node_modules'), join(scratch, 'node_modules'));
  execFileSync('git', ['init', '-q'], { cwd: scratch });
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('the contributor loop', () => {
  it('a broken link fails check and build with path:line:column, and the failed build leaves dist/ untouched', () => {
    const good = run('build.ts');
    expect(good.status).toBe(0);
    const before = hashTree(join(scratch, 'dist'));

    appendFileSync(
      join(scratch, 'content/guides/heartbleed-response.md'),
      '\nSee [the old page](../guides/no-such-page.md).\n',
    );
    appendFileSync(
      join(scratch, 'content/checklists/before-you-ping.md'),
      '\nAnd [a section](../guides/getting-help-on-irc.md#no-such-anchor).\n',
    );

    const check = run('check.ts');
    expect(check.status).toBe(1);
    expect(check.output).toMatch(
      /content\/guides\/heartbleed-response\.md:\d+:\d+: error: link to a missing page "\.\.\/guides\/no-such-page\.md"/,
    );
    expect(check.output).toMatch(
      /content\/checklists\/before-you-ping\.md:\d+:\d+: error: missing anchor "#no-such-anchor"/,
    );
    expect(check.output).toMatch(/2 errors/);

    const bad = run('build.ts');
    expect(bad.status).not.toBe(0);
    expect(bad.output).toMatch(/content\/guides\/heartbleed-response\.md:\d+:\d+: error: link to a missing page/);
    expect(hashTree(join(scratch, 'dist'))).toBe(before);
    expect(readdirSync(scratch).filter((name) => name.startsWith('dist.'))).toEqual([]);
  }, 180_000);

  it('npm run new writes a page that passes the check and refuses to overwrite it', () => {
    // Start from the real content again.
    rmSync(join(scratch, 'content'), { recursive: true });
    cpSync(join(project, 'content'), join(scratch, 'content'), { recursive: true });
    const created = spawnSync(process.execPath, ['scripts/new-page.ts', 'guides', 'Testing the scaffold'], {
      cwd: scratch,
      encoding: 'utf8',
    });
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('content/guides/testing-the-scaffold.md');
    expect(created.stdout).toContain('/guides/testing-the-scaffold/');
    const check = run('check.ts');
    expect(check.status).toBe(0);
    writeFileSync(join(scratch, 'content/guides/testing-the-scaffold.md'), 'edited by hand');
    const again = spawnSync(process.execPath, ['scripts/new-page.ts', 'guides', 'Testing the scaffold'], {
      cwd: scratch,
      encoding: 'utf8',
    });
    expect(again.status).toBe(1);
    expect(readFileSync(join(scratch, 'content/guides/testing-the-scaffold.md'), 'utf8')).toBe('edited by hand');
  });
});
