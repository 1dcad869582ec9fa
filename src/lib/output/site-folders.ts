/**
 * Where `npm run build` puts a site, and how it publishes one without a moment when the output folder is missing
 * or half-written.
 *
 *   dist                  a symbolic link to the published build, e.g. "dist.builds/lx2k3a-4242"
 *   dist.builds/          the build's own folder (marked by BUILDS.txt); nothing outside it is ever deleted
 *     BUILDS.txt          says what this folder is
 *     lock                held while a build of dist runs (src/lib/output/build-lock.ts)
 *     <id>/               a complete site (the published one), or one being built
 *     <id>.link           a new link to a complete site, for a moment, before it replaces dist
 *     <id>.replaced       the site the last build replaced, removed by the next build while it works
 *
 * Publishing is one rename(2) of a new link over the old one, which POSIX makes atomic: a reader of dist (a
 * server, a deploy step) sees the old site or the new one, never none. Anything else in dist.builds/ once the
 * lock is held was left by a build that died (killed while rendering, or between two steps of publishing), and
 * the next build removes it. The site a build replaces is only renamed (one step): deleting thousands of files
 * takes a second or more on a slow disk, which the next build spends in the background, at the lowest priority,
 * while it works (removeReplacedSites). The swap is a list of small steps so that tests can stop it after each
 * one.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';

export interface SiteFolders {
  /** The published path: a link to the current build (or, from before links were used, a plain folder). */
  final: string;
  /** The folder that holds the builds, beside the published path. */
  builds: string;
}

const markerName = 'BUILDS.txt';
export const lockName = 'lock';
const marker = `This folder holds the sites \`npm run build\` makes; the folder beside it of the same name without
".builds" is a link to the published one. Builds delete what they find here, except the published site.
`;

export function siteFolders(final: string): SiteFolders {
  const absolute = resolve(final);
  return { final: absolute, builds: `${absolute}.builds` };
}

/** The build folder the published path links to, or undefined (nothing published, or not a link of ours). */
export function publishedBuild(folders: SiteFolders): string | undefined {
  const stat = lstatSync(folders.final, { throwIfNoEntry: false });
  if (!stat?.isSymbolicLink()) return undefined;
  const target = resolve(dirname(folders.final), readlinkSync(folders.final));
  return dirname(target) === folders.builds && existsSync(target) ? target : undefined;
}

/** What the published path is now: nothing, a link to one of our builds, or something else. */
export type FinalState = 'missing' | 'published' | 'legacy' | 'empty-folder' | 'foreign';

/**
 * `legacy` is a plain folder an earlier version of this build published (it replaced dist by renaming folders):
 * a site with a search index. Anything else there was not made by a build, and a build will not replace it.
 */
export function finalState(folders: SiteFolders): FinalState {
  const stat = lstatSync(folders.final, { throwIfNoEntry: false });
  if (!stat) return 'missing';
  if (stat.isSymbolicLink()) {
    if (publishedBuild(folders)) return 'published';
    // A link of ours whose build is gone (dist.builds/ deleted by hand) publishes nothing, and may be replaced.
    const target = resolve(dirname(folders.final), readlinkSync(folders.final));
    return dirname(target) === folders.builds ? 'missing' : 'foreign';
  }
  if (!stat.isDirectory()) return 'foreign';
  const names = readdirSync(folders.final);
  if (names.length === 0) return 'empty-folder';
  const built =
    existsSync(join(folders.final, 'index.html')) && existsSync(join(folders.final, 'pagefind', 'pagefind-entry.json'));
  return built ? 'legacy' : 'foreign';
}

/** Whether the builds folder is ours to work in: missing, empty, or marked as made by a build. */
export function buildsFolderIsOurs(folders: SiteFolders): boolean {
  const stat = lstatSync(folders.builds, { throwIfNoEntry: false });
  if (!stat) return true;
  if (!stat.isDirectory()) return false;
  const names = readdirSync(folders.builds);
  return names.length === 0 || names.includes(markerName);
}

/** Makes the builds folder (marked as ours). */
export function prepareBuildsFolder(folders: SiteFolders): void {
  mkdirSync(folders.builds, { recursive: true });
  writeFileSync(join(folders.builds, markerName), marker);
}

/** A new build's folder (not created: Astro creates it). Unique by time and process. */
export function newBuildFolder(folders: SiteFolders): string {
  return join(folders.builds, `${Date.now().toString(36)}-${process.pid}`);
}

/**
 * Removes what builds that died left behind: in the builds folder everything but the published site, the
 * marker and the lock (call it holding the lock, so no build is running); beside the published path, the
 * `dist.tmp-PID` and `dist.old-PID` folders earlier versions of this build made, when process PID is gone.
 * Returns what it removed. Folders in the builds folder are renamed as replaced sites, which removeReplacedSites
 * then deletes in the background: call it next.
 */
export function removeDebris(folders: SiteFolders): string[] {
  const removed: string[] = [];
  const keep = new Set([markerName, lockName, basename(publishedBuild(folders) ?? '')]);
  if (existsSync(folders.builds))
    for (const name of readdirSync(folders.builds))
      if (!keep.has(name) && !name.endsWith(replacedSuffix)) {
        // Set aside in one rename, for removeReplacedSites to delete in the background: deleting a site of a
        // thousand pages here held up the build by a second or more.
        const from = join(folders.builds, name);
        try {
          renameSync(from, `${from}.${process.pid}-${removed.length}${replacedSuffix}`);
        } catch {
          rmSync(from, { recursive: true, force: true });
        }
        removed.push(from);
      }
  const parent = dirname(folders.final);
  const legacy = new RegExp(`^${escapeRegExp(basename(folders.final))}\\.(?:tmp|old)-(\\d+)$`);
  for (const name of readdirSync(parent)) {
    const pid = legacy.exec(name)?.[1];
    if (pid !== undefined && !isRunning(Number(pid))) {
      rmSync(join(parent, name), { recursive: true, force: true });
      removed.push(join(parent, name));
    }
  }
  return removed;
}

/** What a published site that a newer build replaced is renamed to. */
const replacedSuffix = '.replaced';

/** The deletion of the sites newer builds replaced, under way beside a build. */
export interface ReplacedSitesRemoval {
  /** Settles when the deletion in the background has ended, done or not: with its error, if it met one. */
  stopped: Promise<Error | undefined>;
  /** Stops the deletion in the background and deletes what it had not reached; call it before publishing. */
  finish(): Promise<void>;
}

// Named through a variable so no bundler rewrites it as an asset: it runs as TypeScript in Node, like the
// content workers (src/lib/content-graph/render-worker.ts).
const removeWorkerFile = './remove-worker.ts';

/**
 * Starts deleting the sites newer builds replaced, in a thread of its own at the lowest priority
 * (remove-worker.ts): deleting a thousand-page site takes a second or more of a core, which a build would
 * otherwise take from loading its content. `finish` deletes what is left at the build's own priority, so every
 * replaced site is gone once it resolves, however busy the machine was. Call it holding the lock.
 */
export function removeReplacedSites(folders: SiteFolders): ReplacedSitesRemoval {
  const replaced = existsSync(folders.builds)
    ? readdirSync(folders.builds)
        .filter((name) => name.endsWith(replacedSuffix))
        .map((name) => join(folders.builds, name))
    : [];
  if (replaced.length === 0) return { stopped: Promise.resolve(undefined), finish: () => Promise.resolve() };
  const worker = new Worker(new URL(removeWorkerFile, import.meta.url), { workerData: { paths: replaced } });
  // A failure there (a file it may not delete) is met again, and reported, by finish's own deletion.
  let failure: Error | undefined;
  worker.on('error', (error: Error) => {
    failure = error;
  });
  worker.unref();
  const stopped = new Promise<Error | undefined>((resolve) => worker.once('exit', () => resolve(failure)));
  return {
    stopped,
    async finish() {
      await worker.terminate();
      for (const path of replaced) rmSync(path, { recursive: true, force: true });
    },
  };
}

export interface PublishStep {
  name: string;
  run: () => void;
}

/**
 * The steps that publish a complete site in `build` (a folder in the builds folder) at the published path.
 * Stopped after any of them, the published path still holds a complete site (the old one or the new one) except
 * in one case: replacing a plain folder published by an earlier version of this build, which cannot be swapped
 * for a link in one step; it is moved aside first, once.
 */
export function publishSteps(folders: SiteFolders, build: string): PublishStep[] {
  if (dirname(build) !== folders.builds) throw new Error(`${build} is not in ${folders.builds}`);
  const previous = publishedBuild(folders);
  const link = `${build}.link`;
  const steps: PublishStep[] = [
    // Relative, so the link still works when the project folder is moved or mounted elsewhere.
    {
      name: 'make a link to the new site',
      run: () => symlinkSync(relative(dirname(folders.final), build), link, 'junction'),
    },
  ];
  const state = finalState(folders);
  if (state === 'empty-folder') {
    // Nothing is published there yet; rename(2) cannot put a link over a folder, even an empty one.
    steps.push({ name: 'remove the empty folder', run: () => rmdirSync(folders.final) });
    steps.push({ name: 'publish the new site', run: () => renameSync(link, folders.final) });
  } else if (state === 'legacy') {
    const aside = `${build}-replaced`;
    steps.push({
      name: 'move the folder an earlier build published aside',
      run: () => renameSync(folders.final, aside),
    });
    steps.push({ name: 'publish the new site', run: () => renameSync(link, folders.final) });
    steps.push({ name: 'remove the folder moved aside', run: () => rmSync(aside, { recursive: true, force: true }) });
  } else {
    steps.push({ name: 'publish the new site', run: () => renameSync(link, folders.final) });
  }
  if (previous && previous !== build)
    steps.push({
      name: 'set the old site aside',
      // A rename, not a removal: the next build removes it in the background (removeReplacedSites).
      run: () => renameSync(previous, `${previous}${replacedSuffix}`),
    });
  return steps;
}

/** Publishes a complete site: see publishSteps. */
export function publish(folders: SiteFolders, build: string): void {
  for (const step of publishSteps(folders, build)) step.run();
}

/** Whether a path is the folder or inside it. */
export function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
