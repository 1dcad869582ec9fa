/**
 * The Markdown twin of every page (src/lib/twin-routes.ts): `/guides/x/index.md` beside `/guides/x/`, and
 * `/index.md` for the home page. In a production build, a content page's twin is written with the page instead
 * (src/integrations/page-twins.ts): a route per twin would double the routes Astro makes.
 */
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { thisSite } from '../context/this-site.ts';
import { isReused, reusesTwin } from '../incremental/index.ts';
import { url } from '../lib/entries.ts';
import { pagesLeaveTwins, twinAt, twinRoutes, type TwinRoute } from '../lib/twin-routes.ts';
import { site } from '../site.config.ts';

export async function getStaticPaths() {
  // Read so the dev server makes a twin again when its file changes (src/lib/content-sync.ts).
  if (import.meta.env.DEV) await getCollection('docs');
  const build = thisSite().build;
  return (
    twinRoutes()
      // A rebuild takes an unchanged page's twin from the published site with its HTML (src/incremental/); the
      // page a build renders writes its twin with it (src/integrations/page-twins.ts). A route is left for a
      // reused page whose published site has no twin yet.
      .filter(({ route }) => {
        if (import.meta.env.DEV || route.kind !== 'page') return true;
        const path = url(route.page.path);
        if (reusesTwin(build, path, site.base)) return false;
        return !pagesLeaveTwins() || isReused(build, path);
      })
      .map(({ path, route }) => ({
        params: { path: path.replace(/^\//, '').replace(/\.md$/, '') },
        props: { path, route },
      }))
  );
}

export function GET({ props }: APIContext<{ path: string; route: TwinRoute }>) {
  return new Response(twinAt(props.path, props.route), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
}
