/**
 * Publishing a build, stopped after each of its steps (as a kill would stop it), leaves a complete site at the
 * published path; the next build removes what was left and publishes normally. Folders earlier versions of the
 * build left beside the published path are removed once their process is gone.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  finalState,
  newBuildFolder,
  prepareBuildsFolder,
  publish,
  publishedBuild,
  publishSteps,
  removeDebris,
  removeReplacedSites,
  siteFolders,
  type SiteFolders,
} from './site-folders.ts';

let scratch: string;
let folders: SiteFolders;
let builds = 0;
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'folio-publish-'));
  folders = siteFolders(join(scratch, 'dist'));
  prepareBuildsFolder(folders);
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

/** A complete site in a new build folder, whose home page says `text`. */
function completeBuild(text: string): string {
  const dir = `${newBuildFolder(folders)}-${++builds}`;
  mkdirSync(join(dir, 'pagefind'), { recursive: true });
  writeFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), '{}');
  writeFileSync(join(dir, 'index.html'), text);
  return dir;
}

const published = () => readFileSync(join(folders.final, 'index.html'), 'utf8');

/** The builds folder without the sites set aside for the next build to remove. */
const kept = () => readdirSync(folders.builds).filter((name) => !name.endsWith('.replaced'));

/** After a stop: the next build cleans up and publishes; only its site and the marker remain. */
function nextBuildRecovers(): void {
  removeDebris(folders);
  const next = completeBuild('next');
  publish(folders, next);
  expect(published()).toBe('next');
  expect(kept().sort()).toEqual(['BUILDS.txt', next.slice(folders.builds.length + 1)].sort());
}

describe('publishing a build', () => {
  it('replaces the published site in one step, and a stop after any step leaves a complete site', () => {
    publish(folders, completeBuild('old'));
    const stepCount = publishSteps(folders, completeBuild('probe')).length;
    removeDebris(folders);
    for (let done = 0; done <= stepCount; done++) {
      publish(folders, completeBuild('old'));
      removeDebris(folders);
      const steps = publishSteps(folders, completeBuild('new'));
      const swap = steps.findIndex((step) => step.name === 'publish the new site');
      for (const step of steps.slice(0, done)) step.run();
      expect(published(), `stopped after ${done} steps`).toBe(done > swap ? 'new' : 'old');
      nextBuildRecovers();
    }
  });

  it('sets the site it replaces aside, for the next build to remove in the background', async () => {
    const first = completeBuild('first');
    publish(folders, first);
    const second = completeBuild('second');
    publish(folders, second);
    expect(published()).toBe('second');
    const name = (dir: string) => dir.slice(folders.builds.length + 1);
    expect(readdirSync(folders.builds).sort()).toEqual(['BUILDS.txt', name(first) + '.replaced', name(second)].sort());
    // The next build's clean-up leaves it to removeReplacedSites, which leaves the published site alone.
    expect(removeDebris(folders)).toEqual([]);
    const removal = removeReplacedSites(folders);
    // Its thread deletes it alone, given the time.
    expect(await removal.stopped).toBeUndefined();
    expect(readdirSync(folders.builds).sort()).toEqual(['BUILDS.txt', name(second)].sort());
    await removal.finish();
    expect(published()).toBe('second');
  });

  it('deletes a link in a replaced site, never what it points to', async () => {
    const outside = join(dirname(folders.builds), 'outside');
    mkdirSync(outside, { recursive: true });
    writeFileSync(join(outside, 'keep.txt'), 'keep');
    const old = completeBuild('old');
    symlinkSync(outside, join(old, 'linked'));
    publish(folders, old);
    publish(folders, completeBuild('new'));
    const removal = removeReplacedSites(folders);
    expect(await removal.stopped).toBeUndefined();
    expect(readdirSync(folders.builds).filter((name) => name.endsWith('.replaced'))).toEqual([]);
    expect(readFileSync(join(outside, 'keep.txt'), 'utf8')).toBe('keep');
    await removal.finish();
  });

  it('a link a stopped build left to the published site is deleted as a link, the site kept', async () => {
    const site = completeBuild('kept');
    publish(folders, site);
    symlinkSync(site, `${newBuildFolder(folders)}-stopped.link`);
    expect(removeDebris(folders)).toHaveLength(1);
    const removal = removeReplacedSites(folders);
    expect(await removal.stopped).toBeUndefined();
    expect(readdirSync(folders.builds).filter((name) => name.endsWith('.replaced'))).toEqual([]);
    expect(published()).toBe('kept');
    await removal.finish();
  });

  it('a build killed while rendering leaves its folder, which the next build sets aside and removes', async () => {
    publish(folders, completeBuild('old'));
    const killed = `${newBuildFolder(folders)}-killed`;
    mkdirSync(join(killed, 'guides'), { recursive: true });
    writeFileSync(join(killed, 'guides', 'half.html'), '<p>half');
    expect(published()).toBe('old');
    expect(removeDebris(folders)).toEqual([killed]);
    expect(existsSync(killed)).toBe(false);
    await removeReplacedSites(folders).finish();
    expect(readdirSync(folders.builds).filter((name) => name.includes('killed'))).toEqual([]);
    nextBuildRecovers();
  });

  it('replaces a plain folder an earlier version published, with one stop that leaves none', () => {
    mkdirSync(join(folders.final, 'pagefind'), { recursive: true });
    writeFileSync(join(folders.final, 'pagefind', 'pagefind-entry.json'), '{}');
    writeFileSync(join(folders.final, 'index.html'), 'legacy');
    expect(finalState(folders)).toBe('legacy');
    const steps = publishSteps(folders, completeBuild('new'));
    const gap = steps.findIndex((step) => step.name === 'move the folder an earlier build published aside');
    for (const [done, step] of steps.entries()) {
      step.run();
      if (done === gap) expect(existsSync(folders.final)).toBe(false);
      else expect(published()).toBe(done < gap ? 'legacy' : 'new');
    }
    expect(finalState(folders)).toBe('published');
    nextBuildRecovers();
  });

  it('publishes over a link of its own whose build was deleted by hand', () => {
    publish(folders, completeBuild('old'));
    rmSync(folders.builds, { recursive: true });
    expect(finalState(folders)).toBe('missing');
    prepareBuildsFolder(folders);
    nextBuildRecovers();
  });

  it('publishes where an empty folder stands', () => {
    mkdirSync(folders.final);
    publish(folders, completeBuild('new'));
    expect(published()).toBe('new');
  });

  it('removes the folders earlier versions left beside it once their process is gone, and nothing else', () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    const beside = (name: string) => join(scratch, name);
    for (const name of [`dist.tmp-${dead}`, `dist.old-${dead}`, `dist.tmp-${process.pid}`, 'dist.tmp-x', 'distant'])
      mkdirSync(beside(name));
    expect(removeDebris(folders).sort()).toEqual([beside(`dist.old-${dead}`), beside(`dist.tmp-${dead}`)]);
    expect(readdirSync(scratch).sort()).toEqual(['dist.builds', `dist.tmp-${process.pid}`, 'dist.tmp-x', 'distant']);
  });

  it('links with a relative path, so the project can move', () => {
    const build = completeBuild('here');
    publish(folders, build);
    expect(publishedBuild(folders)).toBe(build);
    const moved = siteFolders(join(`${scratch}-moved`, 'dist'));
    spawnSync('mv', [scratch, `${scratch}-moved`]);
    try {
      expect(readFileSync(join(moved.final, 'index.html'), 'utf8')).toBe('here');
    } finally {
      spawnSync('mv', [`${scratch}-moved`, scratch]);
    }
  });
});
