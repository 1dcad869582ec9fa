/**
 * `npm run bench [-- N]`: builds this project with N generated pages (default 1000) in a scratch copy and
 * reports wall time, time per page, peak memory, dist size, per-page HTML/CSS/JS gzip sizes, the search index
 * size, a breakdown by phase, and the time of a rebuild after editing one page.
 *
 * The corpus comes from scripts/make-corpus.mjs (deterministic: the same N gives the same pages on every
 * machine) and goes under content/guides/bench/corpus/ beside the real content, whose links stay checked: its
 * pages stand in folders four levels deep, where a sidebar shows the most. It needs
 * nothing outside this repository; everything it writes stays in .bench/ (BENCH_WORK to move it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import type { BuildTimings } from '../src/integrations/build-timings.ts';

const pages = Number(process.argv[2] ?? 1000);
if (!Number.isInteger(pages) || pages < 2) {
  console.error('usage: npm run bench -- [N >= 2]');
  process.exit(2);
}
const root = process.cwd();
const work = resolve(process.env['BENCH_WORK'] ?? '.bench');
const generator = join(root, 'scripts', 'make-corpus.mjs');

// 1. Corpus and scratch copy (tracked files plus new ones, node_modules linked, caches empty).
const corpus = join(work, `corpus-${pages}`);
if (!existsSync(corpus)) execFileSync(process.execPath, [generator, corpus, String(pages)], { stdio: 'ignore' });
const project = join(work, 'project');
rmSync(project, { recursive: true, force: true });
mkdirSync(project, { recursive: true });
const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\0')
  .filter(Boolean);
for (const file of files)
  if (existsSync(join(root, file))) cpSync(join(root, file), join(project, file), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
cpSync(corpus, join(project, 'content', 'guides', 'bench', 'corpus'), { recursive: true });
// The handbook builds strict; the generated pages are not all linked from another page (a warning), which is
// the corpus's shape and not what is measured, so the scratch copy builds with warnings allowed.
const translationsIn = (config: Document) => (config.get('translations') as string | undefined) ?? 'folder';
const configFile = join(project, 'content', 'folio.config.yaml');
if (existsSync(configFile)) {
  // The corpus is in one language, as the side-by-side harness's Starlight site is: the handbook's translations
  // are left out of the scratch copy, since each other language would add a fallback page for every corpus page.
  const config = parseDocument(readFileSync(configFile, 'utf8'));
  config.set('strict', false);
  for (const locale of (config.get('locales') as YAMLSeq<YAMLMap> | undefined)?.items ?? [])
    if (translationsIn(config) === 'folder')
      rmSync(join(project, 'content', String(locale.get('code'))), { recursive: true, force: true });
  const prefixes = ((config.get('locales') as YAMLSeq<YAMLMap> | undefined)?.items ?? []).map(
    (locale) => `/${String(locale.get('code'))}/`,
  );
  config.delete('locales');
  writeFileSync(configFile, config.toString());
  // And their addresses leave the anchor lock with them, as a team dropping a language would retire them.
  const lockFile = join(project, 'content', 'folio.lock.yaml');
  if (existsSync(lockFile) && prefixes.length > 0) {
    const lock = parseDocument(readFileSync(lockFile, 'utf8'));
    const pairs = (lock.contents as YAMLMap<{ value: unknown }> | null)?.items ?? [];
    for (const pair of pairs.filter((pair) => prefixes.some((prefix) => String(pair.key.value).startsWith(prefix))))
      lock.delete(pair.key);
    writeFileSync(lockFile, lock.toString());
  }
}

// 2. Builds.
interface Run {
  seconds: number;
  peakMb: number;
  timings: BuildTimings;
  /** The search index's summary line from the build's log. */
  searchLine: string;
}
function build(label: string): Run {
  const timingsFile = join(work, `timings-${label}.json`);
  const timeFile = join(work, 'time.txt');
  const result = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %M', '-o', timeFile, process.execPath, 'bin/folio.mjs', 'build'],
    {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BUILD_TIMINGS_FILE: timingsFile },
    },
  );
  if (result.status !== 0) {
    console.error(`${label} build failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
    process.exit(1);
  }
  const [seconds, kb] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).map(Number);
  return {
    seconds: seconds ?? 0,
    peakMb: Math.round((kb ?? 0) / 1024),
    timings: JSON.parse(readFileSync(timingsFile, 'utf8')) as BuildTimings,
    searchLine: /\[folio:search-index\] (.*)/.exec(result.stdout)?.[1] ?? '',
  };
}
if (!existsSync('/usr/bin/time')) {
  console.error('needs /usr/bin/time (Debian package "time")');
  process.exit(2);
}
for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
  rmSync(join(project, cache), { recursive: true, force: true });
const cold = build('cold');
const edited = join(project, 'content', 'guides', 'bench', 'corpus', 'guides', 'page-0.md');
appendFileSync(edited, '\nOne more line.\n');
const warm = build('warm');

// 3. Sizes.
const dist = join(project, 'dist');
// The primary index and, for a large site, its shards (src/incremental/search-shards.ts).
const indexes = readdirSync(dist).filter((name) => /^pagefind(-\d+)?$/.test(name));
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
function treeBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}
function pageWeight(path: string) {
  const htmlFile = join(dist, path, 'index.html');
  const html = readFileSync(htmlFile, 'utf8');
  const assets = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => join(dist, m[1]!.replace(/^\//, '')));
  const css = assets(/<link rel="stylesheet" href="([^"]+)"/g).reduce((s, f) => s + gz(f), 0);
  const js = assets(/<script[^>]*src="([^"]+)"/g).reduce((s, f) => s + gz(f), 0);
  return { html: gz(htmlFile), htmlRaw: Buffer.byteLength(html), css, js };
}
const htmlCount = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
const corpusPage = pageWeight('guides/bench/corpus/guides/page-5');
const guidePage = pageWeight('guides/reporting-virt-bugs');

// 4. Report.
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const { marks, spans } = cold.timings;
const s = (ms: number | undefined) => `${((ms ?? 0) / 1000).toFixed(2)} s`;
const contentLayer = (marks['buildStart'] ?? 0) - (marks['configDone'] ?? 0);
const rendering = (marks['pagesGenerated'] ?? 0) - (marks['buildStart'] ?? 0);
const total = pages + 43;
console.log(`Benchmark: ${pages} generated pages + the handbook (${htmlCount} HTML files)
Cold build:       ${cold.seconds.toFixed(2)} s wall, ${((cold.seconds * 1000) / total).toFixed(1)} ms per page, peak RSS ${cold.peakMb} MB
Rebuild (1 edit): ${warm.seconds.toFixed(2)} s wall, peak RSS ${warm.peakMb} MB
Phases (cold):
  content: read, parse and render every file once (worker threads,
           started while Astro starts up)                 ${s(spans['contentGraph'])}
  link and content validation                              ${s(spans['linkValidation'])}
  Astro content sync (data only) and types                 ${s(contentLayer)}
  bundling and page rendering                              ${s(rendering)}
  search index: Pagefind's work after the last page       ${s(spans['searchIndex'])}
dist: ${kb(treeBytes(dist))}, search index: ${kb(indexes.reduce((sum, dir) => sum + treeBytes(join(dist, dir)), 0))} in ${indexes.length} Pagefind index${indexes.length === 1 ? '' : 'es'}
Search index, cold: ${cold.searchLine}
Search index, rebuild: ${warm.searchLine}
Per page (gzip): corpus page HTML (4 folders deep) ${kb(corpusPage.html)} (raw ${kb(corpusPage.htmlRaw)}), CSS ${kb(corpusPage.css)}, JS ${kb(corpusPage.js)}
                 guide page  HTML ${kb(guidePage.html)} (raw ${kb(guidePage.htmlRaw)}), CSS ${kb(guidePage.css)}, JS ${kb(guidePage.js)}`);
