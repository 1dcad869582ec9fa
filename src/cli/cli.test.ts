/**
 * The folio command's arguments and places: help, unknown commands and options, missing values, where the docs
 * folder, config file and caches are, what reaches the core through the environment, and the one-line refusal
 * of an old Node.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helpText, parseCommandArgs, servePort, UsageError } from './command.ts';
import { build } from './build.ts';
import { check } from './check.ts';
import { newPage } from './new.ts';
import { cacheFolders, configFile, docsFolder, isCheckout, setFolioEnvironment } from './places.ts';

const bin = join(import.meta.dirname, '../../bin/folio.mjs');
const folio = (args: string[], cwd = process.cwd()) =>
  spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });

describe('folio arguments', () => {
  it('reads options and positionals, and says which option is unknown or lacks its value', () => {
    expect(parseCommandArgs(build, ['docs', '--out', 'site', '--strict'])).toEqual({
      help: false,
      values: { out: 'site', strict: true },
      positionals: ['docs'],
    });
    expect(() => parseCommandArgs(build, ['--bogus'])).toThrow(new UsageError('unknown option --bogus'));
    expect(() => parseCommandArgs(build, ['--out'])).toThrow(new UsageError('--out needs a value: --out DIR'));
    expect(() => parseCommandArgs(check, ['--drafts=yes'])).toThrow(new UsageError('--drafts takes no value'));
    expect(() => parseCommandArgs(build, ['a', 'b'])).toThrow(/takes at most 1 argument \(dir\), got also "b"/);
    expect(() => parseCommandArgs(newPage, ['guides'])).toThrow(new UsageError('needs the title argument'));
    expect(parseCommandArgs(newPage, ['-h']).help).toBe(true);
  });

  it('lists every option in the help, with -h/--help', () => {
    expect(helpText(check)).toMatch(
      /^Usage: folio check \[dir\] \[--config PATH\] \[--strict\] \[--format FORMAT\] \[--drafts\] \[--update-lock\]\n/,
    );
    expect(helpText(check)).toContain('-h, --help');
  });

  it('takes the preview port from --port, else PORT, else 4321, and refuses anything else', () => {
    expect(servePort('8080', { PORT: '9000' })).toBe(8080);
    expect(servePort(undefined, { PORT: '9000' })).toBe(9000);
    expect(servePort(undefined, {})).toBe(4321);
    expect(() => servePort('http', {})).toThrow(/--port must be a port number/);
  });

  it('exits 2 with a pointer to the help on an unknown command or option, and 0 on --help', () => {
    const unknown = folio(['biuld']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain(
      'folio: unknown command "biuld". The commands are build, check, impact, reviews, translations, dev, preview, new',
    );
    const option = folio(['check', '--stirct']);
    expect(option.status).toBe(2);
    expect(option.stderr).toContain('folio check: unknown option --stirct.\nUsage: folio check [dir]');
    const help = folio(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Commands:\n {2}build/);
    // Three Node processes that load the command's modules, on a busy machine.
  }, 30_000);

  it('says in one line, exit 1, that an older Node is too old', () => {
    // The machine's own Node, when it is an old one; Node 24 runs every other test.
    const old = '/usr/bin/node';
    const version = existsSync(old) ? spawnSync(old, ['--version'], { encoding: 'utf8' }).stdout.trim() : '';
    if (!/^v(1\d|2[0-3])\./.test(version)) return;
    const result = spawnSync(old, [bin, 'build'], { encoding: 'utf8' });
    expect(result.stderr).toBe(`folio needs Node 24 or newer; you have ${version}\n`);
    expect(result.status).toBe(1);
  }, 30_000);
});

describe('folio places', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'folio-places-'));
  mkdirSync(join(cwd, 'content'));
  mkdirSync(join(cwd, 'docs'));
  writeFileSync(join(cwd, 'docs', 'folio.config.yaml'), 'title: X\n');
  writeFileSync(join(cwd, 'notes.md'), '# Notes\n');

  it('finds the docs folder relative to the working directory, content/ by default, and refuses a missing one', () => {
    expect(docsFolder(cwd, undefined)).toBe(join(cwd, 'content'));
    expect(docsFolder(cwd, 'docs')).toBe(join(cwd, 'docs'));
    expect(() => docsFolder(cwd, 'doc')).toThrow('the docs folder doc does not exist');
    expect(() => docsFolder(cwd, 'notes.md')).toThrow('notes.md is a file, not a folder');
  });

  it('takes --config, else folio.config.yaml in the docs folder, else none', () => {
    expect(configFile(cwd, join(cwd, 'docs'), undefined)).toBe(join(cwd, 'docs', 'folio.config.yaml'));
    expect(configFile(cwd, join(cwd, 'content'), undefined)).toBeUndefined();
    expect(configFile(cwd, join(cwd, 'content'), 'docs/folio.config.yaml')).toBe(
      join(cwd, 'docs', 'folio.config.yaml'),
    );
    expect(() => configFile(cwd, join(cwd, 'content'), 'site.yaml')).toThrow('--config site.yaml: no such file');
  });

  it("keeps Astro's caches in a checkout's node_modules, and an installed copy's in node_modules/.cache/folio beside it", () => {
    expect(isCheckout('/home/me/folio')).toBe(true);
    expect(cacheFolders('/home/me/folio')).toEqual({
      astro: '/home/me/folio/node_modules/.astro',
      vite: '/home/me/folio/node_modules/.vite',
    });
    expect(isCheckout('/home/me/site/node_modules/folio-docs')).toBe(false);
    // Wherever the command runs from (a subfolder, or a folder with no node_modules at all).
    expect(cacheFolders('/home/me/site/node_modules/folio-docs')).toEqual({
      astro: '/home/me/site/node_modules/.cache/folio/astro',
      vite: '/home/me/site/node_modules/.cache/folio/vite',
    });
  });

  it('hands the core the docs folder, the config file and --strict in FOLIO_DOCS, FOLIO_CONFIG and FOLIO_STRICT', () => {
    const env: NodeJS.ProcessEnv = { FOLIO_CONFIG: '/inherited.yaml', FOLIO_STRICT: '1' };
    setFolioEnvironment(env, { docs: '/d', config: undefined, strict: false });
    expect(env).toEqual({ FOLIO_DOCS: '/d' });
    setFolioEnvironment(env, { docs: '/d', config: '/d/folio.config.yaml', strict: true });
    expect(env).toEqual({ FOLIO_DOCS: '/d', FOLIO_CONFIG: '/d/folio.config.yaml', FOLIO_STRICT: '1' });
  });
});
