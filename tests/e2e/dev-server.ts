/**
 * A scratch copy of the project and `astro dev` running on it, on a free loopback port, for tests of the
 * contributor's preview. The copy links to the installed packages, so nothing is installed, and has caches of
 * its own (Vite's and Astro's in node_modules/, .astro/), so it neither waits on nor spoils the project's;
 * edits made by a test never touch the real content.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Copies what a build reads (sources, content, config) into a new temporary folder, as a git repository. */
export function copyProject(project: string, prefix: string): string {
  const scratch = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of ['bin', 'src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(project, entry), join(scratch, entry), { recursive: true });
  }
  mkdirSync(join(scratch, 'node_modules'));
  for (const entry of readdirSync(join(project, 'node_modules'))) {
    if (entry === '.vite' || entry === '.astro') continue;
    symlinkSync(join(project, 'node_modules', entry), join(scratch, 'node_modules', entry));
  }
  execFileSync('git', ['init', '-q'], { cwd: scratch });
  return scratch;
}

export interface DevServer {
  /** e.g. http://127.0.0.1:41234/ */
  url: string;
  /** Everything the server printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** The environment a contributor's terminal would have: without the test runner's variables (under VITEST, Vite
 * turns its browser connection off) and its NODE_ENV. */
function devEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  for (const [name, value] of Object.entries(process.env))
    if (!name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST') env[name] ??= value;
  return env;
}

/**
 * Starts `astro dev` in `root` on a port the system picks and resolves once it prints its URL. `--ignore-lock`
 * keeps it in the foreground and independent of any dev server a contributor has running. With `folioArgs`,
 * starts `folio dev` with those arguments instead (a docs folder elsewhere, say), as a user would.
 */
export function startDevServer(root: string, folioArgs?: readonly string[]): Promise<DevServer> {
  const args = folioArgs
    ? [join(root, 'bin/folio.mjs'), 'dev', ...folioArgs, '--port', '0', '--host', '127.0.0.1']
    : [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '0', '--host', '127.0.0.1', '--ignore-lock'];
  const child: ChildProcess = spawn(process.execPath, args, { cwd: root, env: devEnvironment(), stdio: 'pipe' });
  let output = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Local\s+(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
      if (url) resolve({ url, output: () => output, stop });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`astro dev exited with ${code} before it was ready:\n${output}`)));
  });
}

export function removeProject(scratch: string): void {
  rmSync(scratch, { recursive: true, force: true });
}

/**
 * Opens one page and waits until it has connected to the dev server. Vite holds back a full reload queued
 * while nobody was connected (Astro's content sync at start-up) and hands it to the first browser that connects;
 * this page takes it, so the pages a test opens later are not reloaded under its feet. It also compiles the
 * page's modules once.
 */
export async function connectFirstBrowser(browser: Browser, url: string): Promise<void> {
  const page = await browser.newPage();
  const connected = new Promise<void>((resolve) => {
    page.on('websocket', (socket) =>
      socket.on('framereceived', ({ payload }) => {
        if (String(payload).includes('"type":"connected"')) resolve();
      }),
    );
  });
  await page.goto(url);
  await connected;
  await page.close();
}
