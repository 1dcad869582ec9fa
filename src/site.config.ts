/**
 * The one place that describes the site: its name, where it is published, and where its source lives.
 * Values that change per deployment come from the environment so the same commit can be published under
 * any host or sub-path.
 */
import { existsSync } from 'node:fs';
import { normalizeBasePath, normalizeCount, normalizeSiteUrl } from './config/site-address.ts';
import { defaultPagesPerShard } from './lib/search-shards.ts';

// Kept importable from here while the pages still read `site` (src/config/ is the new home).
export { normalizeBasePath, normalizeCount, normalizeSiteUrl };

// Astro reads .env files into process.env only after the config has loaded this file, so a SITE_URL or
// BASE_PATH set there would reach the pages but not the config (base path, sitemap) or `npm run build`. Read
// them here first, so every part of the build agrees. A variable set in the real environment wins, then
// .env.local, then .env, as with Astro.
for (const file of ['.env.local', '.env']) if (existsSync(file)) process.loadEnvFile(file);

export const site = {
  /** Shown in the header, the <title> suffix and feeds. */
  name: 'Newcomer Handbook',
  /** One line for the home page and feeds. */
  tagline: 'Field notes for newcomers to open-source infrastructure communities',
  /** Language of every page (<html lang>). */
  lang: 'en',
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
  repository: {
    url: 'https://github.com/newcomer-handbook/handbook',
    branch: 'main',
  },
} as const;
