/**
 * `npm run build` under bad timing and bad arguments, on a scratch copy of the project with a small site: two
 * builds of one folder overlapping while a page changes never publish a page older than the content, a build that
 * died leaves nothing the next one keeps, and an output folder that would overwrite the project is refused.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestFileFor } from '../../src/incremental/index.ts';

/** Far beyond any build of these small sites, even on a loaded machine. */
const buildTimeoutMs = 10 * 60_000;
const project = process.cwd();
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'handbook-build-safety-'));
  for (const entry of ['bin', 'src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(project, entry), join(scratch, entry), { recursive: true });
  const site = join(project, 'src', 'lib', 'rules', 'fixtures', 'valid-site');
  cpSync(join(site, 'content'), join(scratch, 'content'), { recursive: true });
  cpSync(join(site, 'public'), join(scratch, 'public'), { recursive: true });
  symlinkSync(join(project, 'node_modules'), join(scratch, 'node_modules'));
  spawnSync('git', ['init', '-q'], { cwd: scratch });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const page = () => join(scratch, 'content', 'guides', 'a.md');
const published = () => readFileSync(join(scratch, 'dist', 'guides', 'a', 'index.html'), 'utf8');
const original = () => readFileSync(join(project, 'src/lib/rules/fixtures/valid-site/content/guides/a.md'), 'utf8');
const writeVersion = (version: string) => writeFileSync(page(), `${original()}\nThis is ${version}.\n`);

interface RunningBuild {
  /** Resolves once the build's output contains `text`. */
  printed(text: string): Promise<void>;
  done: Promise<{ status: number | null; output: string }>;
}

function startBuild(args: string[] = []): RunningBuild {
  const child = spawn(process.execPath, ['bin/folio.mjs', 'build', ...args], {
    cwd: scratch,
    env: { ...process.env, CI: '' },
  });
  let output = '';
  const waiters: { text: string; resolve: () => void }[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    for (const waiter of waiters.filter((w) => output.includes(w.text))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const done = new Promise<{ status: number | null; output: string }>((resolve) =>
    child.on('close', (status) => {
      for (const waiter of waiters) waiter.resolve(); // The assertions on the output then say what was missing.
      resolve({ status, output });
    }),
  );
  return {
    printed: (text) =>
      new Promise((resolve) => {
        if (output.includes(text)) resolve();
        else waiters.push({ text, resolve });
      }),
    done,
  };
}

function build(args: string[] = []) {
  const result = spawnSync(process.execPath, ['bin/folio.mjs', 'build', ...args], {
    cwd: scratch,
    // Bounds a hang (a failed build was once seen never to exit), so it fails this test instead of stalling
    // the suite: spawnSync blocks, and Vitest's own timeout cannot fire. No build here comes near it.
    timeout: buildTimeoutMs,
    killSignal: 'SIGKILL',
    encoding: 'utf8',
    env: { ...process.env, CI: '' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('builds of one output folder', () => {
  it('overlapping while a page changes, take turns and publish the page as the content says', async () => {
    writeVersion('version 0');
    expect(build().status).toBe(0);
    // What a build killed while rendering leaves, and a folder an earlier version of the build left.
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    mkdirSync(join(scratch, 'dist.builds', 'killed-build', 'guides'), { recursive: true });
    mkdirSync(join(scratch, `dist.tmp-${dead}`));

    for (const round of [1, 2, 3]) {
      writeVersion(`version ${round}a`);
      const first = startBuild();
      // The first build has read the content (it has loaded every page) before the page changes.
      await first.printed('pages loaded');
      writeVersion(`version ${round}b`);
      const second = startBuild();
      await second.printed('Another build of dist is running: waiting for it to finish.');
      // The second build reads the content only once the first is done: it gets this version.
      writeVersion(`version ${round}c`);
      const [a, b] = await Promise.all([first.done, second.done]);
      expect(a.status, a.output).toBe(0);
      expect(b.status, b.output).toBe(0);
      expect(b.output).toContain('waiting for it to finish');
      expect(b.output.indexOf('waiting for it to finish')).toBeLessThan(b.output.indexOf('pages loaded'));
      expect(published()).toContain(`This is version ${round}c.`);
      if (round === 1) {
        expect(a.output).toContain('Removed dist.builds/killed-build, left by a build that stopped.');
        expect(a.output).toContain(`Removed dist.tmp-${dead}, left by a build that stopped.`);
      }
      // Only the published build remains, with the one it replaced set aside (the next build removes it while it
      // works), and the reuse record describes it.
      const current = readlinkSync(join(scratch, 'dist'));
      const builds = readdirSync(join(scratch, 'dist.builds'));
      expect(builds.filter((name) => !name.endsWith('.replaced')).sort()).toEqual([
        'BUILDS.txt',
        current.split('/').pop(),
      ]);
      expect(builds.filter((name) => name.endsWith('.replaced'))).toHaveLength(1);
      const record = JSON.parse(
        readFileSync(manifestFileFor(join(scratch, 'node_modules', '.astro'), join(scratch, 'dist')), 'utf8'),
      ) as {
        site: string;
      };
      expect(`dist.builds/${record.site}`).toBe(current);
    }

    // The next build finds nothing to redo: every page is taken from the published site, which is right.
    const next = build();
    expect(next.output).toMatch(/(\d+) of \1 content pages are unchanged since the last build/);
    expect(published()).toContain('This is version 3c.');

    // A reuse record that does not describe the published build (left from an earlier one) is never trusted:
    // the build after it renders every page again from the content.
    const recordFile = manifestFileFor(join(scratch, 'node_modules', '.astro'), join(scratch, 'dist'));
    const record = JSON.parse(readFileSync(recordFile, 'utf8')) as { site: string };
    writeFileSync(recordFile, JSON.stringify({ ...record, site: 'an-earlier-build' }));
    writeVersion('version 4');
    const afterStaleRecord = build();
    expect(afterStaleRecord.status).toBe(0);
    expect(afterStaleRecord.output).not.toMatch(/unchanged since the last build/);
    expect(published()).toContain('This is version 4.');
  }, 300_000);
});

/** The names at the top of the scratch project and everything under its source folders. */
const snapshot = () => [
  ...readdirSync(scratch),
  ...['content', 'public', 'src', 'bin'].flatMap((dir) =>
    readdirSync(join(scratch, dir), { recursive: true }).map((name) => `${dir}/${String(name)}`),
  ),
];

describe('the output folder', () => {
  it.each(['content', 'public', 'src', '.', 'content/guides', 'public/site'])(
    '--out %s is refused before anything is built or deleted',
    (out) => {
      const before = snapshot();
      const result = build(['--out', out]);
      expect(result.status).toBe(1);
      expect(result.output).toMatch(/Nothing was built or deleted/);
      expect(snapshot()).toEqual(before);
      expect(existsSync(join(scratch, 'content', 'index.md'))).toBe(true);
    },
  );
});
