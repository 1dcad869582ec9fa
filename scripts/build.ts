/**
 * `npm run build`: builds the site into a new folder and publishes it only when every step (content checks,
 * pages, search index) succeeded. A failed build leaves the published site untouched.
 *
 *   node scripts/build.ts [--out DIR]     (default DIR: dist)
 *
 * DIR is a link to the published build in DIR.builds/, replaced in one atomic step (src/lib/output/
 * site-folders.ts); builds of one DIR run one at a time (src/lib/output/build-lock.ts), and each first removes
 * what a build that died left behind.
 */
import { rmSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { manifestFileFor, setBuildState, writeManifest, type BuildState } from '../src/lib/build-state.ts';
import { contentCacheFile, startContentLoad } from '../src/lib/content-graph/early-load.ts';
import { lockOutput } from '../src/lib/output/build-lock.ts';
import { outputFolderProblem } from '../src/lib/output/output-folder.ts';
import {
  finalState,
  newBuildFolder,
  prepareBuildsFolder,
  publish,
  publishedBuild,
  removeDebris,
  siteFolders,
} from '../src/lib/output/site-folders.ts';
import { planReuse, publishedManifest, searchEntryFile } from '../src/lib/page-reuse.ts';
import { siteFile } from '../src/lib/urls.ts';
import { site } from '../src/site.config.ts';

const root = process.cwd();
const outArg = process.argv.indexOf('--out');
const out = outArg === -1 ? 'dist' : (process.argv[outArg + 1] ?? 'dist');
const refused = outputFolderProblem(root, out);
if (refused) {
  console.error(`${refused}.\nNothing was built or deleted. Choose a folder of its own, e.g. --out dist.`);
  process.exit(1);
}
const folders = siteFolders(resolve(root, out));
const shown = relative(root, folders.final) || folders.final;

process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
// Always the production site. What a test runner (Vitest) sets for its own code, NODE_ENV=test and
// DEV/PROD/SSR/MODE/BASE_URL, would otherwise reach Astro's import.meta.env and build development pages:
// drafts included, and the pages a rebuild copies rendered anyway.
process.env['NODE_ENV'] = 'production';
for (const name of ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL']) delete process.env[name];

prepareBuildsFolder(folders);
let lost: Error | undefined;
const unlock = await lockOutput(folders, {
  onWait: () => console.log(`Another build of ${shown} is running: waiting for it to finish.`),
  onLost: (error) => {
    lost = error;
    console.error(`Another build of ${shown} took over while this one was stalled (${error.message}).`);
  },
});
for (const path of removeDebris(folders)) console.log(`Removed ${relative(root, path)}, left by a build that stopped.`);
const buildDir = newBuildFolder(folders);
// What this build replaces: the build the published link points to (or a plain folder an earlier version of this
// script published). Fixed now: no other build of this folder runs until this one ends.
const previousDir = publishedBuild(folders) ?? folders.final;

// Content starts loading on the worker threads now, while Astro is imported and starts up on this thread; the
// content-check integration takes this load over (same options as it uses: astro.config.mjs passes site.*).
const content = startContentLoad(root, {
  base: site.base,
  siteOrigin: site.url,
  layout: site.layout,
  cacheFile: contentCacheFile(root),
});
// As soon as content is loaded (Astro is still starting): which pages the published site already holds as this
// build would render them (src/lib/page-reuse.ts). Those are indexed for search at once, left out of the content
// route and copied from there instead of being rendered again.
const state: BuildState = {
  previousDir,
  outDir: buildDir,
  outputs: [folders.final, folders.builds],
  manifestFile: manifestFileFor(root, folders.final),
};
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
  await build({ outDir: buildDir, logLevel: process.env['LOG_LEVEL'] === 'debug' ? 'debug' : 'info' });
  if (lost) throw lost;
} catch (error) {
  rmSync(buildDir, { recursive: true, force: true });
  const kept = finalState(folders) === 'missing' ? 'nothing was published' : `${shown} was left as it was`;
  // The content check has listed its problems (path:line:column) above; anything else is said here.
  const what = error instanceof Error ? error.message : String(error);
  console.error(`\nBuild failed: ${what}\n${kept[0]?.toUpperCase()}${kept.slice(1)}.`);
  await unlock().catch(() => undefined);
  process.exit(1);
}
// The record of what each page was built from, taken from the files as this build wrote them (publishing renames
// a link, not the files), and naming the build it describes: a record is only ever read for that build.
const manifest =
  state.manifest &&
  publishedManifest(
    state.manifest,
    basename(buildDir),
    (path) => siteFile(buildDir, path, site.base),
    (folder) => searchEntryFile(buildDir, folder),
  );
publish(folders, buildDir);
if (manifest) writeManifest(state.manifestFile, manifest);
await unlock();
console.log(`Site written to ${shown} (${relative(root, buildDir)})`);
