/**
 * What the docs collection's loader (src/lib/content-loader.ts) does outside a production build (`astro sync`,
 * the dev server): hands Astro every page's data, fed by the content the build already loaded
 * (src/lib/content-graph/load-content.ts), where pages were parsed and rendered once, on all cores (the HTML stays
 * in memory, see lib/entries.ts pageHtml). Entries whose digest is unchanged since the last load are left alone.
 */
import type { LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { markdownStrings } from '../config/ui-strings.ts';
import { site } from '../site.config.ts';
import { currentGraph, currentHtml, thisSite } from '../context/this-site.ts';
import { readSummaries } from './navigation/summary-files.ts';
import { formatProblem } from './problems.ts';

// The loader is imported only when content must be loaded here: the dev server's content is usually loaded by
// the content-check integration already.
const contentLoading = () => import('./content-graph/load-content.ts');

/** Loads content when the loader runs before the build integration did (`astro sync`, `astro check`). */
let loading: Promise<void> | undefined;
async function ensureLoaded(root: string): Promise<void> {
  if (currentHtml().size > 0) return;
  const { loadContent } = await contentLoading();
  loading ??= loadContent(root, {
    base: site.base,
    siteOrigin: site.url,
    ui: markdownStrings(site.ui),
    includeDrafts: true,
    layout: site.layout,
  }).then(({ graph, html }) => {
    thisSite().content = { graph, html, problems: undefined };
  });
  await loading;
}

/**
 * Dev server: after an edit under content/, loads the content again (only changed files are parsed and
 * rendered; the rest comes from the cache) and reports problems. One reload serves every collection's loader.
 */
let reloading: Promise<void> | undefined;
function reloadOnce(root: string, cacheDir: string, log: (message: string) => void): Promise<void> {
  reloading ??= reload(root, cacheDir, log).finally(() => setTimeout(() => (reloading = undefined), 50));
  return reloading;
}

async function reload(root: string, cacheDir: string, log: (message: string) => void): Promise<void> {
  const [{ loadContent }, { contentCacheFile }, { checkContent }] = await Promise.all([
    contentLoading(),
    import('./content-graph/early-load.ts'),
    import('./rules/index.ts'),
  ]);
  const { graph, html } = await loadContent(root, {
    base: site.base,
    siteOrigin: site.url,
    ui: markdownStrings(site.ui),
    includeDrafts: true,
    layout: site.layout,
    cacheFile: contentCacheFile(cacheDir),
  });
  const { problems } = checkContent(graph, { rules: site.rules, strict: site.strict, strictAlso: site.strictAlso });
  thisSite().content = { graph, html, problems };
  for (const problem of problems) log(formatProblem(problem, { ruleId: true }));
}

/** Loads the content if nothing has yet, puts it into the collection, and in the dev server keeps it current. */
export async function syncDocs(context: LoaderContext): Promise<void> {
  const { config, logger, watcher } = context;
  const root = fileURLToPath(config.root);
  await ensureLoaded(root);
  await syncCollection(context);
  watcher?.on('all', (_event, path) => {
    if (!path.startsWith(site.docsDir)) return;
    void reloadOnce(root, fileURLToPath(config.cacheDir), (message) => logger.warn(message)).then(() =>
      syncCollection(context),
    );
  });
}

/**
 * Puts every page into Astro's store (keyed by the page's file), leaving entries whose digest has not changed.
 * The store is what makes the dev server re-render a page after its file changed.
 */
async function syncCollection(context: LoaderContext): Promise<void> {
  const { store, logger } = context;
  const html = currentHtml();
  // Every page's sidebar and previous/next follow the SUMMARY.md files, which are not pages: their order is part
  // of every entry's digest, so that editing one alone makes the dev server show the pages again, reordered.
  const order = createHash('sha256')
    .update(JSON.stringify(readSummaries(site.layout).map(({ folder, summary }) => [folder, summary])))
    .digest('hex');
  const untouched = new Set(store.keys());
  for (const page of currentGraph().pages) {
    if (!page.data) continue;
    const id = page.file;
    untouched.delete(id);
    const rendered = html.get(page.absPath);
    if (!rendered) {
      logger.warn(`${page.file} has no rendered HTML; it is left out`);
      continue;
    }
    const digest = `${rendered.digest}:${order}`;
    if (store.get(id)?.digest === digest) continue;
    const data = await context.parseData({ id, data: page.data, filePath: page.absPath });
    // Data only: routes take the HTML from the build's memory (lib/entries.ts pageHtml), so Astro does not
    // serialize every page's HTML into its data store and bundle it again as a module.
    store.set({ id, data, filePath: page.file, digest });
  }
  for (const id of untouched) store.delete(id);
}
