/**
 * The Markdown twin of every page the site has (src/lib/twins/markdown-twin.ts), from the build's content: content
 * pages, the home page, folder listings and the glossary, and the llms.txt files that list them. The routes
 * src/pages/[...path].md.ts, llms.txt.ts and llms-full.txt.ts serve what this makes.
 */
import { currentHtml, thisSite } from '../context/this-site.ts';
import { site } from '../site.config.ts';
import { splitFile } from './content-graph/front-matter.ts';
import type { PageNode } from './content-graph/load-page.ts';
import { allPages, homePage, navigation, sections, siteLocale, wordsOf } from './entries.ts';
import { localePrefix } from './content-layout.ts';
import { routePath, siteRoutes, type Route } from './routes.ts';
import {
  linkList,
  llmsFullTxt,
  llmsTxt,
  twinBody,
  twinDocument,
  twinPath,
  type LlmsSection,
} from './twins/markdown-twin.ts';
import { joinBase } from './urls.ts';

/** A site path as an absolute URL. */
const absolute = (path: string) => `${site.url}${joinBase(site.base, path)}`;

/** Glossary terms by slug, once per list of pages (once per build; again when the dev server reloads). */
const termsCache = new WeakMap<readonly PageNode[], ReadonlyMap<string, PageNode>>();

/** A glossary term's definition (its description), by slug, for a twin's first link to it. */
function definitions(): (term: string) => string | undefined {
  const pages = allPages();
  let terms = termsCache.get(pages);
  if (!terms) {
    terms = new Map(pages.filter((page) => page.kind === 'term').map((page) => [page.slug, page]));
    termsCache.set(pages, terms);
  }
  const found = terms;
  return (term) => found.get(term)?.description;
}

/** A content page's body as Markdown, with the pipeline's edits and (unless left out) term definitions. */
function pageBody(page: PageNode, definitionOf: (term: string) => string | undefined): string {
  const rendered = currentHtml().get(page.absPath);
  if (!rendered) return '';
  return twinBody(splitFile(rendered.source).body, rendered.twin, definitionOf);
}

/** The twin of one route: its title, description and text as Markdown. */
/** A route with a twin: a page, folder listing or glossary, or the home page. */
export type TwinRoute = Route | { kind: 'home'; locale?: string | undefined };

function routeTwin(route: TwinRoute): string {
  const definitionOf = definitions();
  switch (route.kind) {
    case 'page':
      return twinDocument({
        title: route.page.title,
        description: route.page.description,
        body: pageBody(route.page, definitionOf),
      });
    case 'folder':
      return twinDocument({
        title: route.title,
        description: route.description,
        body: linkList(
          route.entries.map((entry) => ({
            title: entry.title,
            url: absolute(entry.path),
            description: entry.description,
          })),
        ),
      });
    case 'glossary': {
      // Terms are defined here, so no definition is added after a link to another term.
      const none = () => undefined;
      const terms = route.terms.map(
        (term) =>
          `## [${term.title}](${absolute(term.path)}${term.hash ? `#${term.hash}` : ''})\n\n${pageBody(term, none) || term.description}`,
      );
      return twinDocument({
        title: route.intro?.title ?? route.section.label,
        description: route.section.description || route.intro?.description || '',
        body: [route.intro ? pageBody(route.intro, none) : '', ...terms].filter(Boolean).join('\n\n'),
      });
    }
    case 'home': {
      const code = route.locale ?? '';
      const words = wordsOf(siteLocale(code));
      const home = homePage(code);
      const list = sections(code).map((section) => ({
        title: section.label,
        url: absolute(section.path),
        description: section.description,
      }));
      return twinDocument({
        title: home?.title ?? words.name,
        description: home?.description || words.tagline,
        body: [home ? pageBody(home, definitionOf) : '', `## ${words.t('home.sectionsHeading')}`, linkList(list)]
          .filter(Boolean)
          .join('\n\n'),
      });
    }
  }
}

/** The twins made in this build, by site path: llms-full.txt holds the ones the routes serve. */
const twinsCache = new WeakMap<ReadonlyMap<string, unknown>, Map<string, string>>();

/** The twin at a site path, made once per build (again when the dev server has reloaded content). */
export function twinAt(path: string, route: TwinRoute): string {
  const html = currentHtml();
  let made = twinsCache.get(html);
  if (!made) {
    made = new Map();
    twinsCache.set(html, made);
  }
  let twin = made.get(path);
  if (twin === undefined) {
    twin = routeTwin(route);
    made.set(path, twin);
  }
  return twin;
}

/**
 * Every twin's site path (base not included) with its route, each language's home page first; `codes` picks the
 * languages (every one by default).
 */
export function twinRoutes(
  codes: readonly string[] = site.locales.map((locale) => locale.code),
): { path: string; route: TwinRoute }[] {
  return codes.flatMap((code) => [
    { path: twinPath(`${localePrefix(code)}/`), route: { kind: 'home' as const, locale: code } },
    ...siteRoutes(allPages(code), sections(code), navigation(code).tree).map((route) => ({
      path: twinPath(routePath(route)),
      route,
    })),
  ]);
}

/** llms.txt: the site, then each section's pages in reading order, linked to their twins. */
export function siteLlmsTxt(): string {
  const { order } = navigation();
  const byPath = new Map(allPages().map((page) => [page.path, page]));
  const list: LlmsSection[] = sections().map((section) => ({
    label: section.label,
    links: order
      .filter((entry) => entry.path.startsWith(section.path))
      .map((entry) => ({
        title: entry.title,
        url: absolute(twinPath(entry.path)),
        description: byPath.get(entry.path)?.description ?? (entry.path === section.path ? section.description : ''),
      })),
  }));
  return llmsTxt(
    {
      title: site.name,
      tagline: site.tagline,
      note: `Each page of this site is also published as Markdown at its URL followed by index.md; ${absolute('/llms-full.txt')} holds them all in reading order.`,
    },
    list,
  );
}

/** llms-full.txt: every twin in reading order, the home page first. */
export function siteLlmsFullTxt(): string {
  // The default language's pages: the other languages' are translations of these, or these again.
  const routes = new Map(twinRoutes(['']).map(({ path, route }) => [path, route]));
  const paths = [twinPath('/'), ...navigation().order.map((entry) => twinPath(entry.path))];
  const seen = new Set<string>();
  const twins: string[] = [];
  for (const path of [...paths, ...routes.keys()]) {
    const route = routes.get(path);
    if (!route || seen.has(path)) continue;
    seen.add(path);
    twins.push(twinAt(path, route));
  }
  return llmsFullTxt(twins);
}

/**
 * A content page's twin, left for src/integrations/page-twins.ts to write beside the page in a production build;
 * elsewhere (the dev server) its route serves it, and this does nothing.
 */
export function leaveTwin(route: Route): void {
  const twins = thisSite().pageTwins;
  if (!twins || route.kind !== 'page') return;
  const path = twinPath(routePath(route));
  twins.set(path, twinAt(path, route));
}

/** Whether content pages leave their twins to be written with them (src/integrations/page-twins.ts). */
export const pagesLeaveTwins = () => thisSite().pageTwins !== undefined;
