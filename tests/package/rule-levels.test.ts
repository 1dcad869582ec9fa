/**
 * Rule levels as a team adopting the generator uses them, through the command: with `rules: { links: warning }`
 * a broken link no longer stops the build, and `folio check` still lists and counts it; `--strict` makes it
 * stop both again; `off` leaves it out, and the check says how many were silenced.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const checkout = process.cwd();
const bin = join(checkout, 'bin/folio.mjs');
let work: string;

const folio = (args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, CI: 'false', FOLIO_STRICT: '' },
    // A build that hangs fails the test instead of holding it.
    timeout: 200_000,
  });

const brokenLink = 'docs/guides/setup.md:5:8: warning: link to a missing page "install.md" [links]';

beforeAll(() => {
  // Inside the checkout: the built site's server chunks resolve Astro's dependencies from node_modules above them.
  mkdirSync(join(checkout, 'node_modules', '.cache'), { recursive: true });
  work = mkdtempSync(join(checkout, 'node_modules', '.cache', 'folio-levels-'));
  mkdirSync(join(work, 'docs', 'guides'), { recursive: true });
  writeFileSync(join(work, 'docs', 'README.md'), '# Levels\n\nStart with [setup](guides/setup.md).\n');
  writeFileSync(
    join(work, 'docs', 'guides', 'setup.md'),
    '# Setup\n\nHow to set it up.\n\nFirst, [install](install.md) it.\n',
  );
  writeFileSync(join(work, 'docs', 'folio.config.yaml'), 'rules:\n  links: warning\n');
  writeFileSync(join(work, 'off.yaml'), 'rules:\n  links: "off"\n');
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a broken link set to warn', () => {
  it('is listed and counted by folio check, which passes', () => {
    const result = folio(['check', 'docs']);
    expect(result.stdout).toContain(`${brokenLink}\n`);
    expect(result.stdout).toMatch(/2 pages checked in \d+ ms: 0 errors, 1 warning\n$/);
    expect(result.status).toBe(0);
  });

  it('fails folio check with --strict', () => {
    const result = folio(['check', 'docs', '--strict']);
    expect(result.stdout).toContain(brokenLink.replace('warning:', 'error:'));
    expect(result.stdout).toContain('1 error, 0 warnings (1 of the errors are warnings: strict counts them as errors)');
    expect(result.status).toBe(1);
  });

  it('is left out with links: off, and the check says it silenced one', () => {
    const result = folio(['check', 'docs', '--config', 'off.yaml']);
    expect(result.stdout).not.toContain('install.md');
    expect(result.stdout).toMatch(/0 errors, 0 warnings, 1 silenced by config \(rules: off\)\n$/);
    expect(result.status).toBe(0);
  });

  it('lets folio build succeed, and the build lists it', () => {
    const result = folio(['build', 'docs', '--out', 'site']);
    expect(result.stdout + result.stderr).toContain(brokenLink);
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(join(work, 'site', 'guides', 'setup', 'index.html'))).toBe(true);
  });

  it('stops folio build with --strict, and leaves the published site as it was', () => {
    const result = folio(['build', 'docs', '--out', 'site', '--strict']);
    expect(result.stdout + result.stderr).toContain(brokenLink.replace('warning:', 'error:'));
    expect(result.stderr).toContain('Build failed: the content check found 1 error');
    expect(result.status).toBe(1);
    expect(existsSync(join(work, 'site', 'guides', 'setup', 'index.html'))).toBe(true);
  });
});

describe('a config problem', () => {
  it('is reported by check and stops the build when it is an error', () => {
    writeFileSync(join(work, 'bad.yaml'), 'rules:\n  linkz: warning\n');
    const check = folio(['check', 'docs', '--config', 'bad.yaml']);
    expect(check.stdout).toContain('bad.yaml:2:3: error: unknown rule "linkz"');
    expect(check.stdout).toContain('did you mean "links"?');
    expect(check.status).toBe(1);
    const build = folio(['build', 'docs', '--out', 'site', '--config', 'bad.yaml']);
    expect(build.stdout + build.stderr).toContain('bad.yaml:2:3: error: unknown rule "linkz" [config]');
    expect(build.status).toBe(1);
  });
});
