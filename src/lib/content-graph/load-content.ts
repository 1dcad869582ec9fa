/**
 * Loads all content for a build: every file is read, parsed once and rendered to HTML, on all cores (worker
 * threads), and the results are cached by a digest of their inputs, so a rebuild after editing one page parses
 * and renders that page only. The graph it returns is the same one `npm run check` builds; the HTML goes to the
 * content loader (src/lib/content-loader.ts) instead of Astro rendering each file again on one thread.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, posix, relative, sep } from 'node:path';
import { deserialize } from 'node:v8';
import { cacheRecord, openContentCache } from './content-cache.ts';
import { mayHoldDiagram } from './diagram-facts.ts';
import { includedFiles } from './mdbook-includes.ts';
import type { MarkdownStrings } from '../../config/ui-strings.ts';
import type { PageRenderer, RendererOptions } from '../../markdown/render-page.ts';
import type { TwinSource } from '../twins/markdown-twin.ts';
import type { CodeHostRepository } from '../code-host.ts';
import type { Problem } from '../problems.ts';
import { hashFiles } from '../hash-files.ts';
import { gitLastChanges, type LastChange } from '../last-updated.ts';
import { pageWords } from '../../incremental/vocabulary.ts';
import { locationPath } from '../content-layout.ts';
import { parseFrontMatter, splitFile } from './front-matter.ts';
import {
  assembleGraph,
  discoverContent,
  repositoryFiles,
  resolveLayout,
  type ContentFile,
  type ContentGraph,
  type GraphOptions,
} from './graph.ts';
import { loadPage, type PageNode } from './load-page.ts';
import { frontMatterUrl } from './page-meta.ts';
import { readContentText } from './read-text.ts';
import { startRenderWorker, type RenderWorkerPool } from './render-workers.ts';
import { writtenAnchor, type LinkablePage, type LinkGraph } from './resolve-link.ts';

export interface RenderedHtml {
  html: string;
  /** The file as written, and how its body becomes the page's Markdown twin (src/lib/twins/). */
  source: string;
  twin: TwinSource;
  /** Changes whenever anything the HTML depends on changes. */
  digest: string;
  /** The words search can index from the page (title and body), for a split search index. */
  words: readonly string[];
}

export interface LoadedContent {
  graph: ContentGraph;
  /** Rendered HTML by absolute path. */
  html: Map<string, RenderedHtml>;
  /** How many files were parsed and rendered this time (the rest came from the cache). */
  rendered: number;
}

export interface LoadOptions extends GraphOptions {
  base: string;
  siteOrigin: string;
  /** The site's words the Markdown pipeline writes into pages (src/config/ui-strings.ts); English by default. */
  ui?: MarkdownStrings | undefined;
  /** Where to keep the cache between builds; no cache when undefined. */
  cacheFile?: string | undefined;
  /** Render workers started ahead (`folio build`); those not needed are terminated. */
  workers?: RenderWorkerPool | undefined;
}

export interface WorkerSetup {
  links: LinkGraph<LinkablePage>;
  base: string;
  siteOrigin: string;
  ui: MarkdownStrings | undefined;
  /** The repository, for each section's "View source" link. */
  repository: CodeHostRepository | undefined;
  /** Where drawn diagrams are kept between builds, beside the content cache; none without a cache. */
  diagramCacheDir: string | undefined;
}

export interface RenderTask extends ContentFile {
  raw: string;
  /** What the cache knows the result by (the file and everything its HTML depends on). */
  digest: string;
  /** The commit that last changed the file, when git knows one (for its sections' report links). */
  commit?: string | undefined;
}

/**
 * One rendered file, as the cache stores it (with its digest) and a worker posts it, in the cache's format. The HTML is UTF-8 bytes and the words one
 * string: a page's HTML is nearly always a two-byte string in V8 (one character past Latin-1 is enough), twice
 * its UTF-8 size to post, write and read, and thousands of small strings cost more to deserialize than all the
 * pages' HTML. Bytes are copied as they are; each page's text is decoded only if something reads it, and a
 * rebuild reads the HTML of the few pages it renders again.
 */
export interface RenderResult {
  absPath: string;
  page: PageNode;
  problems: Problem[];
  /** The HTML, UTF-8. */
  html: Uint8Array<ArrayBuffer>;
  twin: TwinSource;
  /** The words search can index, joined by spaces (a word never holds white space: vocabulary.ts). */
  words: string;
}

export interface CacheEntry extends RenderResult {
  digest: string;
}

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

/** A loaded entry as the build reads it, decoding its HTML and splitting its words when first asked. */
function renderedHtml(entry: CacheEntry, source: string): RenderedHtml {
  let html: string | undefined;
  let words: string[] | undefined;
  return {
    source,
    twin: entry.twin,
    digest: entry.digest,
    get html() {
      return (html ??= fromUtf8.decode(entry.html));
    },
    get words() {
      return (words ??= entry.words === '' ? [] : entry.words.split(' '));
    },
  };
}

/** The Markdown pipeline's options for rendering with a worker's setup (in a worker, or here for a few files). */
export function pipelineOptions(setup: WorkerSetup): RendererOptions {
  return {
    graph: () => setup.links,
    base: setup.base,
    siteOrigin: setup.siteOrigin,
    ui: setup.ui,
    repository: setup.repository,
    diagramCacheDir: setup.diagramCacheDir,
  };
}

/** Below this many files to render, starting worker threads costs more than it saves. */
const minFilesForWorkers = 48;

/** One file: front matter, facts and HTML from a single parse. */
export async function loadAndRender(task: RenderTask, render: PageRenderer): Promise<CacheEntry> {
  const split = splitFile(task.raw);
  const parsed = split.yaml === undefined ? undefined : parseFrontMatter(split.yaml);
  const frontmatter = parsed === undefined ? {} : parsed.data;
  const rendered = await render(
    split.body,
    task.absPath,
    frontmatter && typeof frontmatter === 'object' ? (frontmatter as Record<string, unknown>) : {},
    task.commit,
  );
  const { page, problems } = loadPage(task.file, task.absPath, task.location, task.raw, () => rendered.facts, parsed);
  return {
    absPath: task.absPath,
    page,
    problems,
    // A fresh buffer of its own: a pooled Buffer would post and store the whole pool it is a view of.
    html: utf8.encode(rendered.html),
    twin: rendered.twin,
    words: pageWords(page.title, rendered.html).join(' '),
    digest: task.digest,
  };
}

/** The site path a file's front matter moves its page to (`slug`, `permalink`), read from its raw text. */
function movedPath(raw: string | undefined, file: string, location: ContentFile['location']): string | undefined {
  if (raw === undefined || location.kind !== 'page') return undefined;
  const yaml = splitFile(raw).yaml;
  if (yaml === undefined || !/^(?:slug|permalink|url)\s*:/m.test(yaml)) return undefined;
  const data = parseFrontMatter(yaml).data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  return frontMatterUrl(data as Record<string, unknown>, posix.basename(file), locationPath(location).path);
}

/**
 * Every page links could point at, from file names and the URL keys of front matter (so workers need no parsed
 * content).
 */
function linkTable(
  root: string,
  files: readonly ContentFile[],
  assets: readonly string[],
  options: GraphOptions,
  raws: ReadonlyMap<string, string>,
): LinkGraph<LinkablePage> {
  const pages = files.map(({ file, absPath, location }) => {
    const located = locationPath(location);
    const moved = movedPath(raws.get(absPath), file, location);
    return { file, absPath, ...location, ...located, ...(moved ? { path: moved } : {}), draft: false };
  });
  const layout = resolveLayout(root, options.layout);
  return {
    root,
    docsDir: layout.docsDir,
    locales: layout.locales,
    pages,
    byAbsPath: new Map(pages.map((page) => [page.absPath, page])),
    assets: new Set(assets),
    // Without git's file list: whether a file is tracked is the check's question, not the rewrite's.
    repository: repositoryFiles(layout, false),
  };
}

/** A digest of the code that turns Markdown into pages: editing a plugin invalidates every cached page. */
function pipelineDigest(root: string): string {
  const hash = createHash('sha256');
  const source = (entry: Dirent) =>
    entry.isDirectory() || (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'));
  for (const dir of ['src/markdown', 'src/lib', 'src/schemas'])
    if (existsSync(join(root, dir))) hashFiles(hash, join(root, dir), source);
  for (const file of ['package-lock.json', 'astro.config.mjs'])
    if (existsSync(join(root, file))) hash.update(readFileSync(join(root, file)));
  return hash.digest('hex');
}

/** A file's bytes for a digest; only regular files are read (a device or pipe could block the build). */
function readOrMissing(path: string): Buffer | string {
  try {
    return statSync(path).isFile() ? readFileSync(path) : '\0not a file';
  } catch {
    return '\0missing';
  }
}

/** What a render worker is given: the setup, every task, and the shared counter it takes tasks by. */
export interface WorkerInput {
  setup: WorkerSetup;
  tasks: RenderTask[];
  /** An Int32Array over a SharedArrayBuffer: index 0 is the next task to take. */
  next: Int32Array;
}

/**
 * What a render worker posts back: one result per task, then `done`, or the first error. A result comes as its
 * cache record (content-cache.ts), so this thread writes the cache without serializing every page again.
 */
export type WorkerMessage =
  { kind: 'result'; record: Uint8Array<ArrayBuffer> } | { kind: 'done' } | { kind: 'error'; error: string };

/** Fresh entries, and the cache record of each. */
interface Rendered {
  entries: CacheEntry[];
  records: Map<string, Uint8Array>;
}

/**
 * Renders the tasks on worker threads. Each worker takes its next task from a shared counter, not from this
 * thread: while it loads Astro (over a second of synchronous module loading) this thread cannot answer, and
 * workers fed one task at a time by it sat idle until it could.
 */
async function renderInWorkers(
  tasks: RenderTask[],
  setup: WorkerSetup,
  pool: RenderWorkerPool | undefined,
): Promise<Rendered> {
  const count = Math.max(1, Math.min(availableParallelism(), Math.ceil(tasks.length / minFilesForWorkers)));
  const rendered: Rendered = { entries: [], records: new Map() };
  const input: WorkerInput = { setup, tasks, next: new Int32Array(new SharedArrayBuffer(4)) };
  const workers = pool ? pool.take(count) : Array.from({ length: count }, startRenderWorker);
  await pool?.release();
  try {
    await Promise.all(
      workers.map(
        ({ worker, early }) =>
          new Promise<void>((resolve, reject) => {
            const stopped = () => reject(new Error('a content worker stopped before it had finished'));
            if (early.error) reject(early.error);
            else if (early.exited) stopped();
            worker.on('message', (message: WorkerMessage) => {
              if (message.kind === 'result') {
                const entry = deserialize(message.record) as CacheEntry;
                rendered.entries.push(entry);
                rendered.records.set(entry.absPath, message.record);
              } else if (message.kind === 'done') resolve();
              else reject(new Error(message.error));
            });
            worker.on('error', reject);
            worker.on('exit', stopped);
            worker.ref();
            worker.postMessage(input);
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map(({ worker }) => worker.terminate()));
  }
  return rendered;
}

/** Drawn diagrams are kept beside the content cache (src/markdown/diagrams/diagram-cache.ts), or not at all. */
const diagramCacheDir = (options: LoadOptions) =>
  options.cacheFile === undefined ? undefined : join(dirname(options.cacheFile), 'folio-diagrams');

export async function loadContent(root: string, options: LoadOptions): Promise<LoadedContent> {
  try {
    return await loadAll(root, options);
  } finally {
    // Workers started ahead and not needed (everything was cached, or the load failed) go now.
    await options.workers?.release();
  }
}

async function loadAll(root: string, options: LoadOptions): Promise<LoadedContent> {
  const discovered = discoverContent(root, options.layout);
  const { files } = discovered;
  const problems = [...discovered.problems];
  // Read on every build, cached or not: their problems are not part of the cache.
  const raws = new Map<string, string>();
  for (const file of files) {
    const { text, problems: textProblems } = readContentText(file.absPath, file.file);
    problems.push(...textProblems);
    raws.set(file.absPath, text);
  }
  const setup: WorkerSetup = {
    links: linkTable(root, files, discovered.assets, options, raws),
    base: options.base,
    siteOrigin: options.siteOrigin,
    ui: options.ui,
    repository: options.layout?.repository,
    diagramCacheDir: diagramCacheDir(options),
  };
  // Links to a page its front matter moves (`slug`) are written with its URL: when one moves, every page may change.
  const movedPages = setup.links.pages.filter((page) => page.path !== locationPath(page).path && !page.hash);
  const codeDigest = createHash('sha256')
    .update(pipelineDigest(root))
    .update(JSON.stringify(movedPages.map((page) => [page.absPath, page.path])))
    .digest('hex');
  // Each file's last commit names the text a reader reports a problem about (remark-section-reports.ts): only
  // with a repository to report to, from one `git log`.
  const docsDir = resolveLayout(root, options.layout).docsDir;
  const commits = setup.repository ? gitLastChanges(docsDir) : new Map<string, LastChange>();
  const commitOf = (absPath: string) => commits.get(relative(docsDir, absPath).split(sep).join('/'))?.commit;
  const cache = openContentCache<CacheEntry>(options.cacheFile);
  const tasks: RenderTask[] = [];
  const results = new Map<string, CacheEntry>();
  for (const file of files) {
    const raw = raws.get(file.absPath) ?? '';
    const commit = commitOf(file.absPath);
    const hash = createHash('sha256')
      .update(codeDigest)
      .update(file.absPath)
      .update(options.base)
      .update(options.siteOrigin)
      .update(JSON.stringify(options.ui ?? null))
      // Links to the code host (a page's section lines, files outside the docs folder) name the repository.
      .update(JSON.stringify(setup.repository ?? null))
      .update(commit ?? '')
      .update(raw);
    // A page's HTML holds the files its {{#include}} helpers read: editing one renders the page again.
    for (const included of includedFiles(raw, file.absPath)) hash.update(included).update(readOrMissing(included));
    const digest = hash.digest('hex');
    const cached = cache.entries.get(file.absPath);
    if (cached?.digest === digest) results.set(file.absPath, cached);
    else tasks.push({ ...file, raw, commit, digest });
  }
  // Pages with a diagram first: drawing one starts a thread that loads the renderer (a second or more), which
  // then overlaps the other pages instead of holding up the end of the load.
  tasks.sort((a, b) => Number(mayHoldDiagram(b.raw)) - Number(mayHoldDiagram(a.raw)));
  let fresh: Rendered = { entries: [], records: new Map() };
  if (tasks.length >= minFilesForWorkers) fresh = await renderInWorkers(tasks, setup, options.workers);
  else if (tasks.length > 0) {
    await options.workers?.release();
    // Loaded only when needed: a fully cached build never loads the Markdown pipeline in this thread.
    const { createPageRenderer } = await import('../../markdown/render-page.ts');
    const render = createPageRenderer(pipelineOptions(setup));
    const entries = await Promise.all(tasks.map((task) => loadAndRender(task, render)));
    fresh = { entries, records: new Map(entries.map((entry) => [entry.absPath, cacheRecord(entry)])) };
  }
  for (const entry of fresh.entries) results.set(entry.absPath, entry);
  // Files in discovery order, so problems and pages do not depend on which worker finished first.
  const ordered = files
    .map((file) => results.get(file.absPath))
    .filter((entry): entry is CacheEntry => entry !== undefined);
  cache.save(
    ordered.map((entry) => entry.absPath),
    fresh.records,
  );
  const graph = assembleGraph(root, ordered, { ...discovered, problems }, options);
  const html = new Map<string, RenderedHtml>(
    ordered.map((entry) => [entry.absPath, renderedHtml(entry, raws.get(entry.absPath) ?? '')]),
  );
  await renderWithAnchors(graph, html, raws, options, commitOf);
  return { graph, html, rendered: fresh.entries.length };
}

/**
 * Whether a page links to an anchor by another name than the id it means (`#Install`, GitHub's slug of a pinned
 * heading: src/lib/content-graph/anchors.ts). Pages are rendered from file names alone, before any page's ids
 * are known, so such links keep the anchor as written until the page is rendered again with the whole graph.
 */
export function needsAnchorRewrite(graph: ContentGraph, page: PageNode): boolean {
  return [...page.markdown.links, ...page.markdown.rawHtml.links].some((link) => {
    const written = writtenAnchor(link.url);
    if (!written) return false;
    const target = graph.resolve(page, link.url);
    return target.kind === 'page' && target.anchor !== written;
  });
}

/** Renders again, with every page's ids known, the (few) pages whose anchors need rewriting. */
async function renderWithAnchors(
  graph: ContentGraph,
  html: Map<string, RenderedHtml>,
  raws: ReadonlyMap<string, string>,
  options: LoadOptions,
  commitOf: (absPath: string) => string | undefined,
): Promise<void> {
  const pages = graph.pages.filter((page) => needsAnchorRewrite(graph, page));
  if (pages.length === 0) return;
  const { createPageRenderer } = await import('../../markdown/render-page.ts');
  const render = createPageRenderer({
    graph: () => graph,
    base: options.base,
    siteOrigin: options.siteOrigin,
    ui: options.ui,
    repository: options.layout?.repository,
    diagramCacheDir: diagramCacheDir(options),
  });
  for (const page of pages) {
    const raw = raws.get(page.absPath);
    const before = html.get(page.absPath);
    if (raw === undefined || !before) continue;
    const { kind, collection, slug, isIndex, locale } = page;
    const location = { kind, collection, slug, isIndex, locale };
    const task = {
      file: page.file,
      absPath: page.absPath,
      location,
      raw,
      commit: commitOf(page.absPath),
      digest: before.digest,
    };
    const result = await loadAndRender(task, render);
    // The HTML now depends on other pages' ids too: a digest of it tells the content store it changed.
    const digest = createHash('sha256').update(before.digest).update(result.html).digest('hex');
    html.set(page.absPath, renderedHtml({ ...result, digest }, raw));
  }
}
