/**
 * The one place that describes the site: its name, where it is published, and where its source lives.
 * Values that change per deployment come from the environment so the same commit can be published under
 * any host or sub-path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { docsFolder } from './lib/content-layout.ts';
import { defaultPagesPerShard } from './lib/search-shards.ts';

// Astro reads .env files into process.env only after the config has loaded this file, so a SITE_URL or
// BASE_PATH set there would reach the pages but not the config (base path, sitemap) or `npm run build`. Read
// them here first, so every part of the build agrees. A variable set in the real environment wins, then
// .env.local, then .env, as with Astro.
for (const file of ['.env.local', '.env']) if (existsSync(file)) process.loadEnvFile(file);

/** Ensures a base path starts and ends with exactly one slash: `handbook` -> `/handbook/`. */
export function normalizeBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Validates a site URL and drops any trailing slash; the base path is added separately. */
export function normalizeSiteUrl(raw: string | undefined): string {
  const value = (raw ?? '').trim() || 'http://localhost:4321';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org, got "${value}"`);
  }
  if (url.pathname !== '/' && url.pathname !== '') {
    throw new Error(`SITE_URL must not contain a path ("${url.pathname}"): set BASE_PATH for a sub-path instead`);
  }
  return url.origin;
}

/** A whole number of at least 1, or the default when unset. */
export function normalizeCount(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a whole number of at least 1, got "${raw}"`);
  return value;
}

export interface SectionSetting {
  folder: string;
  label?: string | undefined;
  description?: string | undefined;
}

interface ConfigFile {
  title?: string;
  tagline?: string;
  lang?: string;
  repository?: { url: string; branch: string; path: string };
  sections?: SectionSetting[];
  glossary?: string;
  strict?: boolean;
}

const docsDir = docsFolder(process.cwd());
const configPath = process.env['FOLIO_CONFIG'] || join(docsDir, 'folio.config.yaml');
const file: ConfigFile = existsSync(configPath) ? ((parse(readFileSync(configPath, 'utf8')) as ConfigFile) ?? {}) : {};

export const site = {
  /** Absolute path of the docs folder. */
  docsDir,
  /** Shown in the header, the <title> suffix and feeds. */
  name: file.title ?? 'Documentation',
  /** One line for the home page and feeds. */
  tagline: file.tagline ?? '',
  /** Language of every page (<html lang>). */
  lang: file.lang ?? 'en',
  /** Origin the site is published at (SITE_URL), used for canonical links, the sitemap and RSS. */
  url: normalizeSiteUrl(process.env['SITE_URL']),
  /** Sub-path the site lives under (BASE_PATH), always with leading and trailing slash. */
  base: normalizeBasePath(process.env['BASE_PATH']),
  /**
   * Content pages per search index shard (SEARCH_SHARD_PAGES, default 500): a larger site's index is split so a
   * rebuild re-indexes only the shard of the page that changed (src/lib/search-shards.ts).
   */
  searchShardPages: normalizeCount('SEARCH_SHARD_PAGES', process.env['SEARCH_SHARD_PAGES'], defaultPagesPerShard),
  /** Repository on the code host, for "Edit this page" links. */
  repository: file.repository,
  /** Section order, labels and purposes. */
  sections: file.sections ?? [],
  /** The folder whose pages are glossary terms. */
  glossary: file.glossary,
  /** Where the docs are, for the content graph. */
  layout: { docsDir, displayRoot: process.cwd(), glossary: file.glossary },
  /** Warnings count as errors. */
  strict: file.strict ?? process.env['FOLIO_STRICT'] === '1',
} as const;
