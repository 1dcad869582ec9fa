/**
 * Where things are when `folio` runs: the package (Astro's root, where src/ and astro.config.mjs are), found
 * from this file's own location; the docs folder and the config file, given relative to the working directory;
 * and Astro's caches. The working directory is never changed: every path that leaves here is absolute.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommandError } from './command.ts';

/** The package folder: a checkout, or node_modules/folio-docs in a project that installed it. */
export const packageRoot = fileURLToPath(new URL('../..', import.meta.url)).replace(/[/\\]$/, '');

/** True when the package is a checkout of its repository rather than an installed copy. */
export function isCheckout(root: string): boolean {
  return !root.split(sep).includes('node_modules');
}

export interface CacheFolders {
  /** Astro's `cacheDir`. */
  astro: string;
  /** Vite's `cacheDir`. */
  vite: string;
}

/**
 * A checkout keeps Astro's defaults (its own node_modules/.astro and .vite, which the bench and a contributor
 * clear). An installed copy must not write into node_modules/folio-docs (npm may replace it at any time): its
 * caches go to node_modules/.cache/folio beside it, where tools keep caches by convention. Beside the package,
 * not under the working directory: the build's own code chunks are written there and import the packages
 * folio depends on, which Node finds only from inside that node_modules folder (folio may run from anywhere).
 */
export function cacheFolders(root: string): CacheFolders {
  if (isCheckout(root))
    return { astro: join(root, 'node_modules', '.astro'), vite: join(root, 'node_modules', '.vite') };
  const cache = join(dirname(root), '.cache', 'folio');
  return { astro: join(cache, 'astro'), vite: join(cache, 'vite') };
}

/** A path as the user would write it: relative to the working directory when inside it. */
export function shown(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

/** The docs folder (`dir`, default content/), absolute; it must exist. */
export function docsFolder(cwd: string, dir: string | undefined): string {
  const docs = resolve(cwd, dir ?? 'content');
  if (!existsSync(docs))
    throw new CommandError(
      `the docs folder ${shown(cwd, docs)} does not exist. Give the folder that holds your Markdown files, e.g. \`folio build docs\`${dir === undefined ? ' (without one, folio reads content/)' : ''}.`,
    );
  if (!statSync(docs).isDirectory())
    throw new CommandError(
      `${shown(cwd, docs)} is a file, not a folder: give the folder that holds your Markdown files.`,
    );
  return docs;
}

export const configFileName = 'folio.config.yaml';

/** The config file: --config (relative to the working directory; must exist), else folio.config.yaml in the docs folder if there is one. */
export function configFile(cwd: string, docs: string, option: string | undefined): string | undefined {
  if (option !== undefined) {
    const file = resolve(cwd, option);
    if (!existsSync(file) || !statSync(file).isFile())
      throw new CommandError(`--config ${option}: no such file. Give the path of a YAML file, or leave --config out.`);
    return file;
  }
  const inDocs = join(docs, configFileName);
  return existsSync(inDocs) ? inDocs : undefined;
}

export interface FolioEnvironment {
  docs: string;
  config: string | undefined;
  strict: boolean;
}

/**
 * What the CLI tells the build (the core reads these; Astro runs in this process, so they are set here, before
 * Astro starts). Always all three, so nothing inherited from a parent shell decides for this run.
 */
export function setFolioEnvironment(env: NodeJS.ProcessEnv, { docs, config, strict }: FolioEnvironment): void {
  env['FOLIO_DOCS'] = docs;
  if (config === undefined) delete env['FOLIO_CONFIG'];
  else env['FOLIO_CONFIG'] = config;
  if (strict) env['FOLIO_STRICT'] = '1';
  else delete env['FOLIO_STRICT'];
}
