// Wiring only: the site settings, the Markdown pipeline and the integrations live in src/.
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import buildTimings from './src/integrations/build-timings.ts';
import contentCheck from './src/integrations/content-check.ts';
import searchIndex from './src/integrations/search-index.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { currentGraph } from './src/lib/content-graph/current.ts';
import { markdownPipeline } from './src/markdown/pipeline.ts';
import { site } from './src/site.config.ts';

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  // Stylesheets as files, never inlined: cached across pages and allowed by the CSP without hashes.
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // Our own rehype-code-blocks highlights with classes instead of inline styles.
    syntaxHighlight: false,
    // Content pages are rendered by src/lib/content-graph/load-content.ts with this same pipeline; this
    // processor serves any other Markdown Astro renders.
    processor: unified({
      ...markdownPipeline({ graph: () => currentGraph(), base: site.base, siteOrigin: site.url }),
      smartypants: false,
    }),
  },
  // Search indexing runs in build:done after the sitemap; timings last, so they include it.
  integrations: [
    contentCheck({ base: site.base, siteOrigin: site.url }),
    sitemap(),
    searchIndex(),
    securityHeaders(site.base),
    buildTimings(),
  ],
  vite: {
    // Scripts as files, never inlined: shared by every page that uses them (cached once) and allowed by a
    // strict Content-Security-Policy without per-page hashes.
    build: { assetsInlineLimit: 0 },
  },
});
