/**
 * `npm run build`: builds the site into a fresh temporary folder and swaps it into dist/ only when every step
 * (content checks, pages, search index) succeeded. A failed build leaves the last good dist/ untouched.
 *
 *   node scripts/build.ts [--out DIR]     (default DIR: dist)
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { manifestFileFor, setBuildState, writeManifest, type BuildState } from '../src/lib/build-state.ts';
import { contentCacheFile, startContentLoad } from '../src/lib/content-graph/early-load.ts';
import { planReuse, publishedManifest, searchEntryFile } from '../src/lib/page-reuse.ts';
import { siteFile } from '../src/lib/urls.ts';
import { site } from '../src/site.config.ts';

const outArg = process.argv.indexOf('--out');
const finalDir = resolve(outArg === -1 ? 'dist' : (process.argv[outArg + 1] ?? 'dist'));
const tempDir = `${finalDir}.tmp-${process.pid}`;
const oldDir = `${finalDir}.old-${process.pid}`;

process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
// Always the production site. What a test runner (Vitest) sets for its own code, NODE_ENV=test and
// DEV/PROD/SSR/MODE/BASE_URL, would otherwise reach Astro's import.meta.env and build development pages:
// drafts included, and the pages a rebuild copies rendered anyway.
process.env['NODE_ENV'] = 'production';
for (const name of ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL']) delete process.env[name];
// Content starts loading on the worker threads now, while Astro is imported and starts up on this thread; the
// content-check integration takes this load over (same options as it uses: astro.config.mjs passes site.*).
const root = process.cwd();
const content = startContentLoad(root, { base: site.base, siteOrigin: site.url, cacheFile: contentCacheFile(root) });
// As soon as content is loaded (Astro is still starting): which pages the site in finalDir already holds as
// this build would render them (src/lib/page-reuse.ts). Those are indexed for search at once, left out of the
// content route and copied from there instead of being rendered again.
const state: BuildState = { previousDir: finalDir, outDir: tempDir, manifestFile: manifestFileFor(root, finalDir) };
state.ready = content.then(async (loaded) => {
  planReuse(state, root, loaded, site);
  if (!state.reused?.size) return;
  // Loaded only now, so its HTML parser does not delay the start of the content workers above.
  const { indexReusedPages } = await import('../src/integrations/search-index.ts');
  state.searchIndex = await indexReusedPages(state, site.base);
});
state.ready.catch(() => undefined); // Its error surfaces in the integrations, which await it.
setBuildState(state);
const { build } = await import('astro');
try {
  await build({ outDir: tempDir, logLevel: process.env['LOG_LEVEL'] === 'debug' ? 'debug' : 'info' });
} catch (error) {
  rmSync(tempDir, { recursive: true, force: true });
  const kept = existsSync(finalDir) ? `${finalDir} was left as it was` : 'nothing was written';
  // The content check has listed its problems (path:line:column) above; anything else is said here.
  const what = error instanceof Error ? error.message : String(error);
  console.error(`\nBuild failed: ${what}\n${kept[0]?.toUpperCase()}${kept.slice(1)}.`);
  process.exit(1);
}
// The manifest of the old site goes first: from here on it no longer describes what is in finalDir.
rmSync(state.manifestFile, { force: true });
// Two renames: the old site is replaced in one step, never half-written.
if (existsSync(finalDir)) renameSync(finalDir, oldDir);
renameSync(tempDir, finalDir);
rmSync(oldDir, { recursive: true, force: true });
// Only now, with the new site in place, does a manifest vouch for its pages.
const manifest = state.manifest;
if (manifest)
  writeManifest(
    state.manifestFile,
    publishedManifest(
      manifest,
      (path) => siteFile(finalDir, path, site.base),
      (folder) => searchEntryFile(finalDir, folder),
    ),
  );
console.log(`Site written to ${finalDir}`);
