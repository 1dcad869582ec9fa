/**
 * The Markdown twin of every page (src/lib/twin-routes.ts): `/guides/x/index.md` beside `/guides/x/`, and
 * `/index.md` for the home page.
 */
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import type { Route } from '../lib/routes.ts';
import { routeTwin, twinRoutes } from '../lib/twin-routes.ts';

export async function getStaticPaths() {
  // Read so the dev server makes a twin again when its file changes (src/lib/content-loader.ts).
  await getCollection('docs');
  return twinRoutes().map(({ path, route }) => ({
    params: { path: path.replace(/^\//, '').replace(/\.md$/, '') },
    props: { route },
  }));
}

export function GET({ props }: APIContext<{ route: Route | { kind: 'home' } }>) {
  return new Response(routeTwin(props.route), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
}
