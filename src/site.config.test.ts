import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeBasePath, normalizeCount, normalizeSiteUrl } from './site.config.ts';

/** The site settings as a fresh process in `dir` sees them, with `env` on top of a clean environment. */
function settingsIn(dir: string, env: Record<string, string> = {}) {
  const script = `import(${JSON.stringify(join(import.meta.dirname, 'site.config.ts'))}).then(({ site }) => console.log(JSON.stringify([site.url, site.base])))`;
  const { PATH, HOME } = process.env;
  const result = spawnSync(process.execPath, ['-e', script], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH, HOME, ...env },
  });
  return JSON.parse(result.stdout) as [string, string];
}

describe('site settings', () => {
  it('normalize the base path and the site URL', () => {
    expect(normalizeBasePath('handbook')).toBe('/handbook/');
    expect(normalizeBasePath(undefined)).toBe('/');
    expect(normalizeSiteUrl('https://x.example/')).toBe('https://x.example');
    expect(() => normalizeSiteUrl('https://x.example/sub')).toThrow(/BASE_PATH/);
  });

  it('read a count such as SEARCH_SHARD_PAGES as a whole number, with a default, and reject anything else', () => {
    expect(normalizeCount('N', undefined, 500)).toBe(500);
    expect(normalizeCount('N', ' ', 500)).toBe(500);
    expect(normalizeCount('N', '20', 500)).toBe(20);
    expect(() => normalizeCount('N', '0', 500)).toThrow(/N must be a whole number of at least 1, got "0"/);
    expect(() => normalizeCount('N', 'many', 500)).toThrow(/got "many"/);
  });

  it('read SITE_URL and BASE_PATH from .env files, the real environment first, then .env.local, then .env', () => {
    const dir = mkdtempSync(join(tmpdir(), 'handbook-env-'));
    expect(settingsIn(dir)).toEqual(['http://localhost:4321', '/']);
    writeFileSync(join(dir, '.env'), 'SITE_URL=https://from-env-file.example\nBASE_PATH=/docs/\n');
    expect(settingsIn(dir)).toEqual(['https://from-env-file.example', '/docs/']);
    writeFileSync(join(dir, '.env.local'), 'BASE_PATH=/local/\n');
    expect(settingsIn(dir)).toEqual(['https://from-env-file.example', '/local/']);
    expect(settingsIn(dir, { BASE_PATH: '/real/' })).toEqual(['https://from-env-file.example', '/real/']);
  }, 30_000); // Several fresh processes: seconds on a loaded machine.
});
