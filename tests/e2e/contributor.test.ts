/**
 * The contributor's loop on a scratch copy of the project: `npm run check` reports every mistake in one run
 * with file and line; a build that fails leaves dist/ byte-identical; the scaffold writes a page whose
 * placeholders the check lists until they are written.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  statSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  appendFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveSite } from './serve.ts';

/** Far beyond any build of these small sites, even on a loaded machine. */
const buildTimeoutMs = 10 * 60_000;
const project = process.cwd();
let scratch: string;

/** Runs `folio <command>` in the scratch copy. */
function run(command: string, args: string[] = [], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['bin/folio.mjs', command, ...args], {
    cwd: scratch,
    // Bounds a hang (a failed build was once seen never to exit), so it fails this test instead of stalling
    // the suite: spawnSync blocks, and Vitest's own timeout cannot fire. No build here comes near it.
    timeout: buildTimeoutMs,
    killSignal: 'SIGKILL',
    encoding: 'utf8',
    env: { ...process.env, CI: '', ...env },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Each file under dir (relative path) with a digest of its bytes, leaving out one folder. */
function fileDigests(dir: string, except: string): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = join(entry.parentPath, entry.name);
    const path = file.slice(dir.length + 1);
    if (!entry.isFile() || path.startsWith(`${except}/`)) continue;
    digests[path] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return digests;
}

function hashTree(dir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(file.slice(dir.length)).update(readFileSync(file));
  return hash.digest('hex');
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'handbook-contributor-'));
  for (const entry of ['bin', 'src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(project, entry), join(scratch, entry), { recursive: true });
  }
  symlinkSync(join(project, 'node_modules'), join(scratch, 'node_modules'));
  execFileSync('git', ['init', '-q'], { cwd: scratch });
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('the contributor loop', () => {
  it('a broken link fails check and build with path:line:column, and the failed build leaves dist/ untouched', () => {
    const good = run('build');
    expect(good.status).toBe(0);
    // A clean log: each route on a line of its own (pages render in parallel), no orphan timings.
    expect(good.output).toMatch(/^\S+ +\u251c\u2500 \/guides\/heartbleed-response\/index\.html$/m);
    expect(good.output).not.toMatch(/index\.html\S|\(\+[\d.]+m?s\)/);
    const before = hashTree(join(scratch, 'dist'));

    appendFileSync(
      join(scratch, 'content/guides/heartbleed-response.md'),
      '\nSee [the old page](../guides/no-such-page.md).\n',
    );
    appendFileSync(
      join(scratch, 'content/checklists/before-you-ping.md'),
      '\nAnd [a section](../guides/getting-help-on-irc.md#no-such-anchor).\n',
    );

    const check = run('check');
    expect(check.status).toBe(1);
    expect(check.output).toMatch(
      /content\/guides\/heartbleed-response\.md:\d+:\d+: error: link to a missing page "\.\.\/guides\/no-such-page\.md"/,
    );
    expect(check.output).toMatch(
      /content\/checklists\/before-you-ping\.md:\d+:\d+: error: missing anchor "#no-such-anchor"/,
    );
    expect(check.output).toMatch(/2 errors/);

    const bad = run('build');
    expect(bad.status).not.toBe(0);
    expect(bad.output).toMatch(/content\/guides\/heartbleed-response\.md:\d+:\d+: error: link to a missing page/);
    // It says what failed, not that a hook failed.
    expect(bad.output).toMatch(/Build failed: the content check found 2 errors, listed above as path:line:column/);
    expect(bad.output).not.toMatch(/unhandled error/i);
    expect(hashTree(join(scratch, 'dist'))).toBe(before);
    // The failed build's folder is gone: only the published site is left beside the link (and a site an earlier
    // build replaced, which the next build removes).
    const published = readlinkSync(join(scratch, 'dist')).split('/').pop();
    const builds = readdirSync(join(scratch, 'dist.builds')).filter((name) => !name.endsWith('.replaced'));
    expect(builds.sort()).toEqual(['BUILDS.txt', published]);
  }, 180_000);

  it('folio new writes a page whose placeholders the check lists until they are replaced, and never overwrites it', () => {
    // Start from the real content again.
    rmSync(join(scratch, 'content'), { recursive: true });
    cpSync(join(project, 'content'), join(scratch, 'content'), { recursive: true });
    const created = spawnSync(process.execPath, ['bin/folio.mjs', 'new', 'guides', 'Testing the scaffold'], {
      cwd: scratch,
      encoding: 'utf8',
    });
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('content/guides/testing-the-scaffold.md');
    expect(created.stdout).toContain('/guides/testing-the-scaffold/');
    const file = join(scratch, 'content/guides/testing-the-scaffold.md');
    const check = run('check');
    expect(check.status).toBe(1);
    expect(check.output).toMatch(
      /content\/guides\/testing-the-scaffold\.md:3:1: error: placeholder "TODO" left in front matter "description" \[placeholders\]\n  hint: write one or two plain sentences/,
    );
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('TODO: ', ''));
    // The handbook builds strict: a page no other page links to is a warning that fails the check.
    appendFileSync(join(scratch, 'content/index.md'), '\n[Testing the scaffold](guides/testing-the-scaffold.md)\n');
    // A new page is not in the anchor lock yet, which the strict handbook counts as an error, until it is added.
    const unlocked = run('check');
    expect(unlocked.output).toMatch(
      /not in the anchor lock yet \(\/guides\/testing-the-scaffold\/.*\[anchor-lock-update\]/,
    );
    expect(unlocked.status).toBe(1);
    const written = run('check', ['--update-lock']);
    expect(written.output).not.toMatch(/placeholder/);
    expect(written.output).toContain('content/folio.lock.yaml updated');
    expect(written.status).toBe(0);
    writeFileSync(file, 'edited by hand');
    const again = spawnSync(process.execPath, ['bin/folio.mjs', 'new', 'guides', 'Testing the scaffold'], {
      cwd: scratch,
      encoding: 'utf8',
    });
    expect(again.status).toBe(1);
    expect(readFileSync(join(scratch, 'content/guides/testing-the-scaffold.md'), 'utf8')).toBe('edited by hand');
  });

  it('a rebuild after editing one page renders that page only, and publishes what a full build would', () => {
    rmSync(join(scratch, 'content'), { recursive: true });
    cpSync(join(project, 'content'), join(scratch, 'content'), { recursive: true });
    expect(run('build').status).toBe(0);

    appendFileSync(join(scratch, 'content/guides/heartbleed-response.md'), '\nOne more paragraph, added by a test.\n');
    const rebuild = run('build');
    expect(rebuild.status).toBe(0);
    // The edited page, and its Spanish fallback, which shows its text.
    expect(rebuild.output).toMatch(/22 of 24 content pages are unchanged since the last build/);
    // Astro lists each page it renders: the edited one, not the ones copied.
    expect(rebuild.output).toMatch(/\/guides\/heartbleed-response\/index\.html/);
    expect(rebuild.output).not.toMatch(/\/guides\/getting-help-on-irc\/index\.html/);
    expect(readFileSync(join(scratch, 'dist/guides/heartbleed-response/index.html'), 'utf8')).toContain(
      'One more paragraph, added by a test.',
    );

    // The same content built from nothing (another folder has no earlier site) gives the same files. The search
    // index holds the same pages (fragment files are named by content); its other file names depend on order.
    const full = run('build', ['--out', 'dist-full']);
    expect(full.status).toBe(0);
    expect(full.output).not.toMatch(/unchanged since the last build/);
    expect(fileDigests(join(scratch, 'dist'), 'pagefind')).toEqual(fileDigests(join(scratch, 'dist-full'), 'pagefind'));
    const fragments = (dir: string) => readdirSync(join(scratch, dir, 'pagefind', 'fragment')).sort();
    expect(fragments('dist')).toEqual(fragments('dist-full'));

    // A change other pages show (a title: navigation, "Linked from") renders every page again.
    const file = join(scratch, 'content/guides/getting-help-on-irc.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Getting help on IRC, retitled'));
    const retitled = run('build');
    expect(retitled.status).toBe(0);
    expect(retitled.output).not.toMatch(/unchanged since the last build/);
    expect(readFileSync(join(scratch, 'dist/guides/heartbleed-response/index.html'), 'utf8')).toContain(
      'Getting help on IRC, retitled',
    );

    // A page file changed by anything but this build is never taken for the page it was.
    const page = join(scratch, 'dist/guides/heartbleed-response/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('One more paragraph', 'Edited in dist'));
    const afterHandEdit = run('build');
    expect(afterHandEdit.output).toMatch(/23 of 24 content pages are unchanged since the last build/);
    expect(readFileSync(page, 'utf8')).toContain('One more paragraph, added by a test.');
  }, 180_000);

  it('a rebuild of a site with a split search index indexes the shard of the edited page and copies the others', () => {
    rmSync(join(scratch, 'content'), { recursive: true });
    cpSync(join(project, 'content'), join(scratch, 'content'), { recursive: true });
    // A page whose URL needs percent-encoding must reach its shard like any other (the build checks each did).
    writeFileSync(
      join(scratch, 'content/guides/résumé-tips.md'),
      '---\ntitle: Résumé tips\ndescription: A page with an accented name.\n---\n\nWrite about what you fixed.\n',
    );
    // Linked from the home page: the handbook builds strict, and a page nothing links to fails it.
    appendFileSync(join(scratch, 'content/index.md'), '\n[Résumé tips](guides/résumé-tips.md)\n');
    expect(run('check', ['--update-lock']).status).toBe(0);
    // Four content pages per shard: the thirteen pages make four shards besides the primary index.
    const split = { SEARCH_SHARD_PAGES: '4' };
    const first = run('build', [], split);
    expect(first.status).toBe(0);
    expect(first.output).toMatch(/into 5 indexes;/);
    const shardFolders = ['pagefind-1', 'pagefind-2', 'pagefind-3', 'pagefind-4'];
    const before = Object.fromEntries(shardFolders.map((f) => [f, fileDigests(join(scratch, 'dist', f), '-')]));
    const entryTime = (folder: string) => statSync(join(scratch, 'dist', folder, 'pagefind-entry.json')).mtimeMs;
    const times = Object.fromEntries(shardFolders.map((f) => [f, entryTime(f)]));

    // An edit in words the site already has: one shard is indexed again.
    const sentence = 'Restart the service after you patch the package.';
    appendFileSync(join(scratch, 'content/guides/heartbleed-response.md'), `\n${sentence}\n`);
    const rebuild = run('build', [], split);
    expect(rebuild.status, rebuild.output).toBe(0);
    expect(rebuild.output).toMatch(/into 2 indexes, 3 more unchanged and copied/);
    // Which shard holds the page: the one whose fragments now hold the new sentence.
    const holds = (folder: string, text: string) =>
      readdirSync(join(scratch, 'dist', folder, 'fragment')).some((name) =>
        gunzipSync(readFileSync(join(scratch, 'dist', folder, 'fragment', name)))
          .toString('utf8')
          .includes(text),
      );
    const edited = shardFolders.filter((folder) => holds(folder, sentence));
    expect(edited).toHaveLength(1);
    expect(shardFolders.some((folder) => holds(folder, 'Résumé tips'))).toBe(true);
    // The others were copied (hard links keep the modification time), not indexed again.
    for (const folder of shardFolders.filter((f) => !edited.includes(f))) {
      expect(fileDigests(join(scratch, 'dist', folder), '-')).toEqual(before[folder]);
      expect(entryTime(folder)).toBe(times[folder]);
    }
    expect(entryTime(edited[0] ?? '')).not.toBe(times[edited[0] ?? '']);

    // A word the site did not have: every shard is indexed again, so each knows every word of the site.
    appendFileSync(join(scratch, 'content/guides/heartbleed-response.md'), '\nA paragraph about zebrafish.\n');
    const newWord = run('build', [], split);
    expect(newWord.status, newWord.output).toBe(0);
    expect(newWord.output).toMatch(/into 5 indexes;/);

    // From nothing, the same content gives the same pages in each index.
    expect(run('build', ['--out', 'dist-full'], split).status).toBe(0);
    for (const folder of ['pagefind', ...shardFolders]) {
      const fragments = (dir: string) => readdirSync(join(scratch, dir, folder, 'fragment')).sort();
      expect(fragments('dist')).toEqual(fragments('dist-full'));
    }
  }, 180_000);

  it("swapping two checklist items in the source and rebuilding keeps a reader's tick on the same item", async () => {
    rmSync(join(scratch, 'content'), { recursive: true });
    cpSync(join(project, 'content'), join(scratch, 'content'), { recursive: true });
    expect(run('build').status).toBe(0);
    const site = await serveSite(join(scratch, 'dist'));
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${site.url}checklists/before-you-ping/`);
      const boxes = page.locator('main input[type="checkbox"]');
      const ticked = await boxes.nth(2).getAttribute('data-item');
      await boxes.nth(2).check();

      // Swap the third and fourth items in the Markdown and rebuild; the same server keeps the same origin.
      const file = join(scratch, 'content/checklists/before-you-ping.md');
      const lines = readFileSync(file, 'utf8').split('\n');
      const first = lines.findIndex((line) => line.startsWith('- [ ] '));
      const [third, fourth] = [lines[first + 2]!, lines[first + 3]!];
      expect([third, fourth].every((line) => line.startsWith('- [ ] '))).toBe(true);
      lines.splice(first + 2, 2, fourth, third);
      writeFileSync(file, lines.join('\n'));
      expect(run('build').status).toBe(0);

      await page.reload();
      expect(await boxes.nth(3).getAttribute('data-item')).toBe(ticked);
      expect(await boxes.nth(3).isChecked()).toBe(true);
      expect(await boxes.nth(2).isChecked()).toBe(false);
      expect(await page.locator('.checklist-progress').textContent()).toMatch(/^1 of \d+ done$/);
    } finally {
      await browser.close();
      await site.close();
    }
  }, 120_000);

  it('npm start while its port is taken serves on the next free port and says so, without a stack trace', async () => {
    // Whatever holds the port: an earlier `npm start` or another program.
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as AddressInfo).port;
    // The npm script itself (`folio build && folio preview`), as a contributor runs it.
    const start = spawn('npm', ['start'], {
      cwd: scratch,
      env: { ...process.env, CI: '', PORT: String(taken) },
      detached: true,
    });
    let output = '';
    try {
      const served = await new Promise<string>((resolve, reject) => {
        const read = (chunk: Buffer) => {
          output += chunk.toString();
          const port =
            /Port \d+ is in use \(an earlier `npm start` or `folio preview` may still be running\), so this one serves the build on port (\d+)\./.exec(
              output,
            )?.[1];
          if (port) resolve(port);
        };
        start.stdout.on('data', read);
        start.stderr.on('data', read);
        start.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
      });
      expect(Number(served)).not.toBe(taken);
      expect((await fetch(`http://localhost:${served}/guides/`)).status).toBe(200);
      expect(output).not.toMatch(/Stack trace|\n\s+at /);
    } finally {
      if (start.pid) process.kill(-start.pid);
      blocker.close();
    }
  }, 120_000);
});
