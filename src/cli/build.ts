/**
 * `folio build [dir] [--out DIR] [--config PATH] [--strict]`: builds the docs folder into a new folder and
 * publishes it only when every step (content checks, pages, search index) succeeded. A failed build leaves the
 * published site untouched.
 *
 * DIR (default dist/ in the working directory) is a link to the published build in DIR.builds/, replaced in one
 * atomic step (src/lib/output/site-folders.ts); builds of one DIR run one at a time (src/lib/output/
 * build-lock.ts), and each first removes what a build that died left behind.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { markdownStrings } from '../config/ui-strings.ts';
import { contextEnv, createSiteContext, releaseSiteContext } from '../context/site-context.ts';
import {
  manifestFileFor,
  planReuse,
  publishedManifest,
  searchEntryFile,
  writeManifest,
  type BuildState,
} from '../incremental/index.ts';
import { contentCacheFile, startContentLoad } from '../lib/content-graph/early-load.ts';
import { startRenderWorkers } from '../lib/content-graph/render-workers.ts';
import { lockOutput } from '../lib/output/build-lock.ts';
import { outputFolderProblem } from '../lib/output/output-folder.ts';
import {
  finalState,
  isInside,
  newBuildFolder,
  prepareBuildsFolder,
  publish,
  publishedBuild,
  removeDebris,
  removeReplacedSites,
  siteFolders,
} from '../lib/output/site-folders.ts';
import { siteFile } from '../lib/urls.ts';
import { CommandError, configOption, docsPositional, type Command } from './command.ts';
import { cacheFolders, configFile, docsFolder, packageRoot, setFolioEnvironment, shown } from './places.ts';

/** Runs Astro as a production build whatever the caller's environment says. */
function productionEnvironment(env: NodeJS.ProcessEnv): void {
  env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
  // What a test runner (Vitest) sets for its own code, NODE_ENV=test and DEV/PROD/SSR/MODE/BASE_URL, would
  // otherwise reach Astro's import.meta.env and build development pages: drafts included, and the pages a
  // rebuild copies rendered anyway.
  env['NODE_ENV'] = 'production';
  for (const name of ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL']) delete env[name];
}

export const build: Command = {
  name: 'build',
  summary: 'Check the docs folder and build it into a site; publish it at --out only if everything succeeded.',
  positionals: [docsPositional],
  options: {
    out: { type: 'string', value: 'DIR', description: 'where the site goes (default: dist)' },
    config: configOption,
    strict: { type: 'boolean', description: 'warnings count as errors' },
  },
  async run(values, [dir]) {
    const cwd = process.cwd();
    const docs = docsFolder(cwd, dir);
    const config = configFile(cwd, docs, values['config'] as string | undefined);
    const out = (values['out'] as string | undefined) ?? 'dist';
    const refused = outputFolderProblem(cwd, out);
    const target = resolve(cwd, out);
    const overlap = isInside(target, docs) || isInside(docs, target);
    if (refused || overlap) {
      const why =
        refused ??
        `--out ${shown(cwd, target)} overlaps the docs folder ${shown(cwd, docs)}: a build there would replace the pages with HTML`;
      throw new CommandError(`${why}.\nNothing was built or deleted. Choose a folder of its own, e.g. --out dist.`);
    }
    setFolioEnvironment(process.env, { docs, config, strict: values['strict'] === true });
    productionEnvironment(process.env);
    const caches = cacheFolders(packageRoot);
    // Without a content cache every file is rendered: the render workers start loading the Markdown pipeline now,
    // on the other cores, while this thread reads the config and the docs folder. (With one, a build usually
    // renders a few files or none, and starts workers only if it needs them.)
    const workers = existsSync(contentCacheFile(caches.astro)) ? undefined : startRenderWorkers();
    /** A step before the content load takes the workers over: if it fails, they go too. */
    const beforeLoad = async <T>(step: () => T | Promise<T>): Promise<T> => {
      try {
        return await step();
      } catch (error) {
        await workers?.release();
        throw error;
      }
    };
    // Loaded after the environment is set: the site settings read it (SITE_URL, BASE_PATH, .env files).
    const { site, glossaryPlace } = await beforeLoad(() => import('../site.config.ts'));

    const folders = siteFolders(target);
    const where = shown(cwd, folders.final);
    await beforeLoad(() => prepareBuildsFolder(folders));
    let lost: Error | undefined;
    const unlock = await beforeLoad(() =>
      lockOutput(folders, {
        onWait: () => console.log(`Another build of ${where} is running: waiting for it to finish.`),
        onLost: (error) => {
          lost = error;
          console.error(`Another build of ${where} took over while this one was stalled (${error.message}).`);
        },
      }),
    );
    for (const path of removeDebris(folders)) console.log(`Removed ${shown(cwd, path)}, left by a build that stopped.`);
    // The site the last build replaced goes while this one works, at the lowest priority (on a slow disk, a second
    // or more of a core).
    const replacedRemoval = removeReplacedSites(folders);
    const buildDir = newBuildFolder(folders);
    // What this build replaces: the build the published link points to (or a plain folder an earlier version
    // published). Fixed now: no other build of this folder runs until this one ends.
    const previousDir = publishedBuild(folders) ?? folders.final;

    // Content starts loading on the worker threads now, while Astro is imported and starts up on this thread;
    // the content-check integration takes this load over when its options are the same (it loads from Astro's
    // root, the package folder, as this does).
    // The site context of this build (src/context/site-context.ts), named to the Astro run in FOLIO_CONTEXT.
    const context = createSiteContext(site);
    const content = startContentLoad(context, packageRoot, {
      base: site.base,
      siteOrigin: site.url,
      ui: markdownStrings(site.ui),
      layout: site.layout,
      cacheFile: contentCacheFile(caches.astro),
      workers,
    });
    // As soon as content is loaded (Astro is still starting): which pages the published site already holds as
    // this build would render them (src/incremental/page-reuse.ts). Those are indexed for search at once, left out of the
    // content route and copied from there instead of being rendered again.
    const state: BuildState = {
      previousDir,
      outDir: buildDir,
      outputs: [folders.final, folders.builds],
      manifestFile: manifestFileFor(caches.astro, folders.final),
    };
    state.ready = content.then(async (loaded) => {
      planReuse(state, packageRoot, loaded, { ...site, locales: site.layout.locales.codes });
      if (!state.reused?.size) return;
      // Loaded only now, so its HTML parser does not delay the start of the content workers above.
      const { indexReusedPages } = await import('../integrations/search-index/reused-pages.ts');
      state.searchIndex = await indexReusedPages(state, site.base, site.lang, glossaryPlace(site));
    });
    state.ready.catch(() => undefined); // Its error surfaces in the integrations, which await it.
    context.build = state;
    process.env[contextEnv] = context.id;
    // Once Astro is done, nothing finds the context any more; this function keeps the state it needs below.
    const endContext = () => {
      delete process.env[contextEnv];
      releaseSiteContext(context);
    };
    const astro = await import('astro');
    // Astro writes the build's code chunks into the output folder when that is under the working directory, and
    // into the working directory's .astro/ otherwise; the chunks import folio's dependencies, which Node finds
    // only from inside a node_modules folder holding them. So Astro runs from the cache folder, which is inside
    // one, wherever the command was started (every path it is given is absolute).
    mkdirSync(caches.astro, { recursive: true });
    const startedIn = process.cwd();
    try {
      process.chdir(caches.astro);
      await astro.build({
        root: packageRoot,
        outDir: buildDir,
        cacheDir: caches.astro,
        vite: { cacheDir: caches.vite },
        logLevel: process.env['LOG_LEVEL'] === 'debug' ? 'debug' : 'info',
      });
      process.chdir(startedIn);
      endContext();
      if (lost) throw lost;
    } catch (error) {
      process.chdir(startedIn);
      endContext();
      // A build stopped early (by the content check, say) may have opened the search index for the pages it
      // would reuse: its Pagefind processes would keep this one running forever.
      await state.ready.catch(() => undefined);
      await state.searchIndex?.abort().catch(() => undefined);
      rmSync(buildDir, { recursive: true, force: true });
      await replacedRemoval.finish().catch(() => undefined);
      const kept = finalState(folders) === 'missing' ? 'nothing was published' : `${where} was left as it was`;
      // The content check has listed its problems (path:line:column) above; anything else is said here.
      const what = error instanceof Error ? error.message : String(error);
      console.error(`\nBuild failed: ${what}\n${kept[0]?.toUpperCase()}${kept.slice(1)}.`);
      await unlock().catch(() => undefined);
      return 1;
    }
    // The record of what each page was built from, taken from the files as this build wrote them (publishing
    // renames a link, not the files), and naming the build it describes: a record is only ever read for that build.
    const manifest =
      state.manifest &&
      publishedManifest(
        state.manifest,
        basename(buildDir),
        (path) => siteFile(buildDir, path, site.base),
        (folder) => searchEntryFile(buildDir, folder),
      );
    await replacedRemoval.finish();
    publish(folders, buildDir);
    if (manifest) writeManifest(state.manifestFile, manifest);
    await unlock();
    console.log(`Site written to ${where} (${relative(cwd, buildDir)})`);
    return 0;
  },
};
