/**
 * The generator as another project gets it: `npm pack`, the tarball installed into an empty temporary project,
 * and `folio build` run there on a small docs folder of the generic shape (a root README.md and a folder of
 * pages, no front matter). It proves what a checkout cannot: that the package lists every file and runtime
 * dependency it needs, that its bin is linked, and that its TypeScript runs from under node_modules (where Node
 * will not strip types itself; bin/strip-types.mjs does), on the worker threads too.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumerLock } from './install-lock.ts';

const checkout = process.cwd();
let work: string;
let project: string;

/** Runs npm (the system's npm, as a user would) with output captured for the failure message. */
function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'folio-pack-'));
  project = join(work, 'project');
  mkdirSync(project);
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', work], checkout)) as { filename: string }[];
  const file = join(project, packed[0]!.filename);
  execFileSync('cp', [join(work, packed[0]!.filename), file]);
  const spec = `file:${packed[0]!.filename}`;
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'uses-folio', private: true, dependencies: { 'folio-docs': spec } }, null, 2),
  );
  const read = (name: string) => JSON.parse(readFileSync(join(checkout, name), 'utf8')) as never;
  const lock = consumerLock('uses-folio', { file, spec }, read('package.json'), read('package-lock.json'));
  writeFileSync(join(project, 'package-lock.json'), JSON.stringify(lock, null, 2));
  npm(['install', '--offline', '--no-audit', '--no-fund'], project);
}, 240_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed package, installed into an empty project', () => {
  it('links the folio command', () => {
    expect(existsSync(join(project, 'node_modules', '.bin', 'folio'))).toBe(true);
    const help = spawnSync(join(project, 'node_modules', '.bin', 'folio'), ['build', '--help'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env['PATH']}` },
    });
    expect(help.stderr).toBe('');
    expect(help.stdout).toMatch(/^Usage: folio build \[dir\] \[--out DIR\]/);
    expect(help.status).toBe(0);
  });

  it('builds a docs folder there with `folio build docs`', () => {
    mkdirSync(join(project, 'docs', 'guides'), { recursive: true });
    writeFileSync(
      join(project, 'docs', 'README.md'),
      '# Tiny Docs\n\nA small docs folder. Start with the [intro](guides/intro.md).\n',
    );
    // A Mermaid diagram: drawn by a worker thread of its own, which must run from under node_modules too.
    writeFileSync(
      join(project, 'docs', 'guides', 'intro.md'),
      '# Intro to Tiny\n\nThe first page of the guides.\n\n```mermaid\nflowchart LR\n  write[Write] --> build[Build]\n```\n',
    );
    const build = spawnSync(join(project, 'node_modules', '.bin', 'folio'), ['build', 'docs'], {
      cwd: project,
      encoding: 'utf8',
      // Node 24 first on PATH, as npm scripts have it: the bin's `#!/usr/bin/env node` finds it there.
      env: { ...process.env, CI: '', PATH: `${dirname(process.execPath)}${delimiter}${process.env['PATH']}` },
      timeout: 180_000,
      killSignal: 'SIGKILL',
    });
    const output = `${build.stdout}${build.stderr}`;
    expect(output, output).toContain('Site written to dist');
    expect(build.status, output).toBe(0);
    expect(readFileSync(join(project, 'dist', 'index.html'), 'utf8')).toContain('Tiny Docs');
    const intro = readFileSync(join(project, 'dist', 'guides', 'intro', 'index.html'), 'utf8');
    expect(intro).toContain('Intro to Tiny');
    expect(intro).toMatch(/<figure class="diagram" data-diagram="flowchart-v2"><svg [^>]*role="img"/);
    // Caches stay in the project, never in the installed package.
    expect(existsSync(join(project, 'node_modules', '.cache', 'folio', 'astro'))).toBe(true);
    expect(existsSync(join(project, 'node_modules', 'folio-docs', 'node_modules'))).toBe(false);
  });

  it('builds from a folder with no node_modules of its own, the title shown once', () => {
    // A docs checkout somewhere else on disk, the command run from there by its path (as a global install would).
    const elsewhere = mkdtempSync(join(tmpdir(), 'folio-elsewhere-'));
    mkdirSync(join(elsewhere, 'notes'));
    writeFileSync(
      join(elsewhere, 'README.md'),
      '# Elsewhere\n\nNotes kept far from any project. See [one](notes/one.md).\n',
    );
    writeFileSync(join(elsewhere, 'notes', 'one.md'), '# One note\n\nA note.\n');
    const out = `${elsewhere}-site`;
    // A site an earlier build replaced, which this build deletes (in a worker thread of its own, which must run
    // from under node_modules too).
    mkdirSync(join(`${out}.builds`, 'earlier.replaced', 'guides'), { recursive: true });
    writeFileSync(join(`${out}.builds`, 'BUILDS.txt'), 'Sites made by folio build.\n');
    writeFileSync(join(`${out}.builds`, 'earlier.replaced', 'guides', 'index.html'), '<p>old');
    const build = spawnSync(join(project, 'node_modules', '.bin', 'folio'), ['build', '.', '--out', out], {
      cwd: elsewhere,
      encoding: 'utf8',
      env: { ...process.env, CI: '', PATH: `${dirname(process.execPath)}${delimiter}${process.env['PATH']}` },
      timeout: 180_000,
      killSignal: 'SIGKILL',
    });
    const output = `${build.stdout}${build.stderr}`;
    expect(build.status, output).toBe(0);
    const page = readFileSync(join(out, 'notes', 'one', 'index.html'), 'utf8');
    expect(page.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(page).toContain('One note');
    expect(existsSync(join(`${out}.builds`, 'earlier.replaced'))).toBe(false);
    rmSync(elsewhere, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
    rmSync(`${out}.builds`, { recursive: true, force: true });
  });
});
