import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

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
  it('read SITE_URL and BASE_PATH from .env files, the real environment first, then .env.local, then .env', () => {
    const dir = mkdtempSync(join(tmpdir(), 'folio-env-'));
    expect(settingsIn(dir)).toEqual(['http://localhost:4321', '/']);
    writeFileSync(join(dir, '.env'), 'SITE_URL=https://from-env-file.example\nBASE_PATH=/docs/\n');
    expect(settingsIn(dir)).toEqual(['https://from-env-file.example', '/docs/']);
    writeFileSync(join(dir, '.env.local'), 'BASE_PATH=/local/\n');
    expect(settingsIn(dir)).toEqual(['https://from-env-file.example', '/local/']);
    expect(settingsIn(dir, { BASE_PATH: '/real/' })).toEqual(['https://from-env-file.example', '/real/']);
    // Four Node processes, each loading TypeScript: more than the default 5 s on a busy two-core machine.
  }, 30_000);
});
