/**
 * The one place that lists the Markdown plugins and their order. Astro's `unified()` processor adds GFM and
 * smartypants before these remark plugins. Heading ids come first, because links are resolved against them.
 * Astro's own Shiki highlighting is switched off in astro.config.mjs; rehype-code-blocks highlights instead.
 */
import remarkDirective from 'remark-directive';
import type { PluggableList } from 'unified';
import { markdownStrings, type MarkdownStrings } from '../config/ui-strings.ts';
import type { CodeHostRepository } from '../lib/code-host.ts';
import type { LinkablePage, LinkGraph } from '../lib/content-graph/resolve-link.ts';
import rehypeCodeBlocks from './rehype-code-blocks.ts';
import rehypeExternalLinks from './rehype-external-links.ts';
import rehypeHeadingLinks from './rehype-heading-links.ts';
import rehypeHtmlPolicy from './rehype-html-policy.ts';
import rehypeMovedAnchors from './rehype-moved-anchors.ts';
import rehypeResolveRawLinks from './rehype-resolve-raw-links.ts';
import remarkCallouts from './remark-callouts.ts';
import remarkCards from './remark-cards.ts';
import remarkDropTitleHeading from './remark-drop-title-heading.ts';
import remarkChecklists from './remark-checklists.ts';
import remarkHeadingIds from './remark-heading-ids.ts';
import remarkMdbookIncludes from './remark-mdbook-includes.ts';
import remarkMermaid from './remark-mermaid.ts';
import { diagramCache } from './diagrams/diagram-cache.ts';
import { createDiagramRenderer, type DiagramRenderer } from './diagrams/mermaid-renderer.ts';
import remarkResolveLinks from './remark-resolve-links.ts';
import remarkTabs from './remark-tabs.ts';
import remarkSectionReports from './remark-section-reports.ts';
import remarkSectionSources from './remark-section-sources.ts';
import remarkTwinEdits from './remark-twin-edits.ts';

export interface PipelineOptions {
  graph: () => LinkGraph<LinkablePage>;
  base: string;
  siteOrigin: string;
  /** The site's words for what the pipeline writes itself (callout names, self-link labels); English by default. */
  ui?: MarkdownStrings | undefined;
  /** The repository the docs are in, for each section's "View source" link; none without it. */
  repository?: CodeHostRepository | undefined;
  /** Where drawn diagrams are kept between builds (src/markdown/diagrams/diagram-cache.ts); none when undefined. */
  diagramCacheDir?: string | undefined;
}

export function markdownPipeline(options: PipelineOptions): {
  remarkPlugins: PluggableList;
  rehypePlugins: PluggableList;
} {
  const ui = options.ui ?? markdownStrings();
  // This pipeline's diagram renderer, started by the first diagram it meets.
  let diagrams: DiagramRenderer | undefined;
  return {
    remarkPlugins: [
      // First: mdBook's {{#include}} helpers become part of the page. The content renderer runs it before it
      // collects the page's facts (src/markdown/render-page.ts); a second pass over the same tree does nothing.
      [remarkMdbookIncludes, { graph: options.graph }],
      // Teaches remark-parse the ::: syntax, for Astro's own processor; the content pipeline's native parser
      // (remark-parse-native.ts) reads it already, and there this plugin does nothing.
      remarkDirective,
      // A page's title heading is the layout's <h1> (src/lib/content-graph/page-meta.ts), not part of the body.
      remarkDropTitleHeading,
      remarkHeadingIds,
      // After the includes are expanded: headings they bring have no lines of this file.
      [remarkSectionSources, { repository: options.repository, docsDir: () => options.graph().docsDir }],
      [
        remarkSectionReports,
        {
          repository: options.repository,
          graph: options.graph,
          base: options.base,
          siteOrigin: options.siteOrigin,
          strings: {
            title: ui['report.title'],
            body: ui['report.body'],
            source: ui['report.source'],
            sourceUncommitted: ui['report.sourceUncommitted'],
          },
        },
      ],
      // Before callouts, which give any ::: block they do not know back as text.
      remarkCards,
      remarkTabs,
      [
        remarkCallouts,
        {
          names: {
            note: ui['callout.note'],
            tip: ui['callout.tip'],
            caution: ui['callout.caution'],
            danger: ui['callout.danger'],
          },
        },
      ],
      remarkChecklists,
      [
        remarkMermaid,
        {
          renderer: () =>
            (diagrams ??= createDiagramRenderer(
              options.diagramCacheDir === undefined ? undefined : diagramCache(options.diagramCacheDir),
            )),
          name: ui['diagram.name'],
        },
      ],
      [remarkResolveLinks, { graph: options.graph, base: options.base }],
      // Last: reads the resolved links, for the page's Markdown twin.
      [remarkTwinEdits, { graph: options.graph, base: options.base, siteOrigin: options.siteOrigin }],
    ],
    rehypePlugins: [
      rehypeCodeBlocks,
      [
        rehypeHeadingLinks,
        {
          linkLabel: ui['links.toSection'],
          copyLabel: ui['links.copyToSection'],
          sourceText: ui['links.source'],
          sourceLabel: ui['links.sourceOfSection'],
          sourceLineLabel: ui['links.sourceOfSectionLine'],
          reportText: ui['links.report'],
          reportLabel: ui['links.reportSection'],
        },
      ],
      rehypeMovedAnchors,
      [rehypeExternalLinks, { siteOrigin: options.siteOrigin, note: ui['links.external'] }],
      // Judges raw HTML as written out, with the URLs the contributor wrote (those the content check resolves).
      rehypeHtmlPolicy,
      // Last: only replaces raw HTML's link and image URLs with the site URLs they resolve to.
      [rehypeResolveRawLinks, { graph: options.graph, base: options.base }],
    ],
  };
}
