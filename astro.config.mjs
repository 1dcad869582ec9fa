// Wiring only: the site settings, the Markdown pipeline and the integrations live in src/.
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { markdownStrings } from './src/config/ui-strings.ts';
import buildTimings from './src/integrations/build-timings.ts';
import contentCheck from './src/integrations/content-check.ts';
import pageTwins from './src/integrations/page-twins.ts';
import docsAssets from './src/integrations/docs-assets.ts';
import fileRedirectPages from './src/integrations/file-redirects.ts';
import searchIndex from './src/integrations/search-index/index.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import siteContext from './src/integrations/site-context.ts';
import { contextForAstro, loadedSite } from './src/context/site-context.ts';
import { notAStub } from './src/lib/sitemap-filter.ts';
import { reusedUrls } from './src/incremental/index.ts';
import { markdownPipeline } from './src/markdown/pipeline.ts';
import { glossaryPlace, localeSearchIndexes, site as settings } from './src/site.config.ts';

// One site context for this build or dev session (src/context/site-context.ts): the one `folio build` made, else
// a new one. The integrations get it as an object; the pages find it through `virtual:folio/context`.
const { context, owned } = contextForAstro(process.env, settings);
const site = context.settings;

export default defineConfig({
  site: site.url,
  base: site.base,
  // Astro's console log without the per-route lines that interleave when pages render in parallel.
  logger: { entrypoint: './src/integrations/build-log.ts' },
  trailingSlash: 'always',
  // Stylesheets as files, never inlined: cached across pages and allowed by the CSP without hashes.
  // Four pages at a time: while one page's file is written, the next renders (pages are light, so the
  // main thread otherwise waits on disk writes for much of page generation).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  markdown: {
    // Our own rehype-code-blocks highlights with classes instead of inline styles.
    syntaxHighlight: false,
    // Content pages are rendered by src/lib/content-graph/load-content.ts with this same pipeline; this
    // processor serves any other Markdown Astro renders.
    processor: unified({
      ...markdownPipeline({
        graph: () => loadedSite(context).graph,
        base: site.base,
        siteOrigin: site.url,
        ui: markdownStrings(site.ui),
      }),
      smartypants: false,
    }),
  },
  // The search index opens at build start, reads the built pages once they are all written and is written by
  // build:done, after the sitemap. Timings last, so they include it.
  integrations: [
    siteContext(context, { owned }),
    contentCheck(context, {
      base: site.base,
      siteOrigin: site.url,
      ui: markdownStrings(site.ui),
      layout: site.layout,
      strict: site.strict,
      strictAlso: site.strictAlso,
      rules: site.rules,
      configProblems: site.problems,
    }),
    // Each content page's Markdown twin, written beside it.
    pageTwins(context),
    // Images and other files beside the Markdown, at their path in the docs folder.
    docsAssets(context, site.base),
    // Redirects from old .html files are those files, not folders.
    fileRedirectPages(() => loadedSite(context).graph.pages),
    // Redirect pages (redirect_from) and removed pages (folio.lock.yaml) are noindex stubs, not pages to list.
    sitemap({
      filter: notAStub(
        () => loadedSite(context).graph.pages,
        site.layout.docsDir,
        site.base,
        site.layout.locales.codes,
      ),
      // Each page lists its translations (the default language keyed apart: it has no prefix).
      i18n:
        site.locales.length > 1
          ? {
              defaultLocale: '-',
              locales: Object.fromEntries(site.locales.map((locale) => [locale.code || '-', locale.lang])),
            }
          : undefined,
      // Pages a rebuild copies unchanged (src/incremental/page-reuse.ts) are not among the pages Astro rendered. Read
      // when the sitemap is written, after the copy.
      get customPages() {
        return reusedUrls(context.build, site.url);
      },
    }),
    searchIndex(context, {
      base: site.base,
      lang: site.lang,
      glossary: glossaryPlace(site),
      searchShardPages: site.searchShardPages,
      locales: localeSearchIndexes(site),
    }),
    securityHeaders(site.base),
    buildTimings(context),
  ],
  // The dev toolbar is Astro's own tooling, not the handbook's; it would also need an inline script, which the
  // preview's policy blocks as the built site's does (src/lib/security-headers.ts).
  devToolbar: { enabled: false },
  vite: {
    // Scripts as files, never inlined: shared by every page that uses them (cached once) and allowed by a
    // strict Content-Security-Policy without per-page hashes.
    // No module-preload helper: it would add almost a kilobyte (gzip) to every page for the few scripts loaded on
    // demand (search, a copied section), whose imports then load in turn instead of in parallel.
    build: { assetsInlineLimit: 0, modulePreload: false },
  },
});
