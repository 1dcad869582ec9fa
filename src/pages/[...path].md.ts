/**
 * The Markdown twin of every page (src/lib/twin-routes.ts): `/guides/x/index.md` beside `/guides/x/`, and
 * `/index.md` for the home page.
 */
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { thisSite } from '../context/this-site.ts';
import { reusesTwin } from '../incremental/index.ts';
import { url } from '../lib/entries.ts';
import { twinAt, twinRoutes, type TwinRoute } from '../lib/twin-routes.ts';
import { site } from '../site.config.ts';

export async function getStaticPaths() {
  // Read so the dev server makes a twin again when its file changes (src/lib/content-loader.ts).
  await getCollection('docs');
  const build = thisSite().build;
  return (
    twinRoutes()
      // A rebuild takes an unchanged page's twin from the published site with its HTML (src/incremental/).
      .filter(
        ({ route }) =>
          import.meta.env.DEV || route.kind !== 'page' || !reusesTwin(build, url(route.page.path), site.base),
      )
      .map(({ path, route }) => ({
        params: { path: path.replace(/^\//, '').replace(/\.md$/, '') },
        props: { path, route },
      }))
  );
}

export function GET({ props }: APIContext<{ path: string; route: TwinRoute }>) {
  return new Response(twinAt(props.path, props.route), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
}
