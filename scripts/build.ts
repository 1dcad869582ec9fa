/**
 * `npm run build`: builds the site into a fresh temporary folder and swaps it into dist/ only when every step
 * (content checks, pages, search index) succeeded. A failed build leaves the last good dist/ untouched.
 *
 *   node scripts/build.ts [--out DIR]     (default DIR: dist)
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentCacheFile, startContentLoad } from '../src/lib/content-graph/early-load.ts';
import { site } from '../src/site.config.ts';

const outArg = process.argv.indexOf('--out');
const finalDir = resolve(outArg === -1 ? 'dist' : (process.argv[outArg + 1] ?? 'dist'));
const tempDir = `${finalDir}.tmp-${process.pid}`;
const oldDir = `${finalDir}.old-${process.pid}`;

process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
// Content starts loading on the worker threads now, while Astro is imported and starts up on this thread; the
// content-check integration takes this load over (same options as it uses: astro.config.mjs passes site.*).
const root = process.cwd();
startContentLoad(root, { base: site.base, siteOrigin: site.url, cacheFile: contentCacheFile(root) });
const { build } = await import('astro');
try {
  await build({ outDir: tempDir, logLevel: process.env['LOG_LEVEL'] === 'debug' ? 'debug' : 'info' });
} catch (error) {
  rmSync(tempDir, { recursive: true, force: true });
  console.error(`\nBuild failed; ${existsSync(finalDir) ? `${finalDir} was left as it was` : 'nothing was written'}.`);
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
// Two renames: the old site is replaced in one step, never half-written.
if (existsSync(finalDir)) renameSync(finalDir, oldDir);
renameSync(tempDir, finalDir);
rmSync(oldDir, { recursive: true, force: true });
console.log(`Site written to ${finalDir}`);
