/**
 * What builds leave in the project (the published link, the builds beside it, the folders earlier versions
 * left) is ignored by git, ESLint and Prettier, so a build, even one that died, never fails `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { getFileInfo } from 'prettier';
import { describe, expect, it } from 'vitest';
import { newBuildFolder, siteFolders } from './site-folders.ts';

const root = join(import.meta.dirname, '..', '..', '..');
/** Files a build of each usual output folder can leave, relative to the project. */
const leftovers = ['dist', '.dist-e2e'].flatMap((out) => {
  const folders = siteFolders(join(root, out));
  const build = relative(root, newBuildFolder(folders));
  return [
    out,
    `${build}/_astro/page.js`,
    `${build}/guides/a/index.html`,
    `${build}.link`,
    `${out}.builds/lock`,
    `${out}.tmp-1234/_astro/page.js`,
    `${out}.old-1234/_astro/page.js`,
  ];
});

describe('what builds leave in the project', () => {
  it.each(leftovers)('%s is ignored by git', (path) => {
    expect(spawnSync('git', ['check-ignore', '-q', path], { cwd: root }).status).toBe(0);
  });

  it('is ignored by ESLint and Prettier', async () => {
    const eslint = new ESLint({ cwd: root });
    for (const path of leftovers.filter((file) => /\.(js|html)$/.test(file))) {
      expect(await eslint.isPathIgnored(join(root, path)), path).toBe(true);
      const info = await getFileInfo(join(root, path), {
        ignorePath: [join(root, '.gitignore'), join(root, '.prettierignore')],
      });
      expect(info.ignored, path).toBe(true);
    }
  });
});
