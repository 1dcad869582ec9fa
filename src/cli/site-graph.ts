/**
 * What the report commands (`folio reviews`, `folio translations`) read: the site's settings for the docs folder
 * and config file given on the command line, and its content graph, parsed once in this thread.
 */
import { buildContentGraph, type ContentGraph } from '../lib/content-graph/graph.ts';
import { configFile, docsFolder, setFolioEnvironment } from './places.ts';

export async function readSiteGraph(
  dir: string | undefined,
  config: string | undefined,
): Promise<{ site: typeof import('../site.config.ts').site; graph: ContentGraph }> {
  const cwd = process.cwd();
  const docs = docsFolder(cwd, dir);
  setFolioEnvironment(process.env, { docs, config: configFile(cwd, docs, config), strict: false });
  // Loaded after the environment is set: the site settings read it.
  const { site } = await import('../site.config.ts');
  return { site, graph: buildContentGraph(cwd, { layout: site.layout }) };
}
