/**
 * Builds of one output folder take turns: a second waits until the first lets go, and a build that died holding
 * the lock does not hold it for ever.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockOutput } from './build-lock.ts';
import { lockName, prepareBuildsFolder, siteFolders, type SiteFolders } from './site-folders.ts';

let scratch: string;
let folders: SiteFolders;
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'folio-lock-'));
  folders = siteFolders(join(scratch, 'dist'));
  prepareBuildsFolder(folders);
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

const noLoss = () => {
  throw new Error('the lock was lost');
};

describe('the build lock', () => {
  it('makes a second build wait until the first lets go', async () => {
    const events: string[] = [];
    const first = await lockOutput(folders, { onWait: () => events.push('first waits'), onLost: noLoss });
    let waiting!: () => void;
    const secondWaits = new Promise<void>((resolve) => (waiting = resolve));
    const second = lockOutput(folders, {
      onWait: () => {
        events.push('second waits');
        waiting();
      },
      onLost: noLoss,
    }).then((unlock) => {
      events.push('second holds');
      return unlock;
    });
    await secondWaits;
    events.push('first lets go');
    await first();
    await (
      await second
    )();
    expect(events).toEqual(['second waits', 'first lets go', 'second holds']);
    expect(existsSync(join(folders.builds, lockName))).toBe(false);
  });

  it('is taken over once a build that died holding it has not renewed it for the stale time', async () => {
    const died = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { lockOutput } from ${JSON.stringify(join(import.meta.dirname, 'build-lock.ts'))};
         import { siteFolders } from ${JSON.stringify(join(import.meta.dirname, 'site-folders.ts'))};
         await lockOutput(siteFolders(${JSON.stringify(folders.final)}), { onWait() {}, onLost() {} });
         process.kill(process.pid, 'SIGKILL');`,
      ],
      { encoding: 'utf8' },
    );
    expect(died.signal, died.stderr).toBe('SIGKILL');
    expect(existsSync(join(folders.builds, lockName))).toBe(true);
    let waited = false;
    const unlock = await lockOutput(folders, { onWait: () => (waited = true), onLost: noLoss }, 2_000);
    expect(waited).toBe(true);
    await unlock();
  }, 30_000);
});
