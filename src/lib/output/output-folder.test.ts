/**
 * A build refuses an output folder that is, holds or sits inside a folder the project is made from, or the
 * project itself, however the path is written; and a path where something no build made already stands.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputFolderProblem, sourceFolders } from './output-folder.ts';

let root: string;
beforeAll(() => {
  root = join(mkdtempSync(join(tmpdir(), 'folio-out-')), 'project');
  for (const name of sourceFolders) mkdirSync(join(root, name), { recursive: true });
  writeFileSync(join(root, 'content', 'index.md'), 'home');
  symlinkSync('content', join(root, 'docs-link'));
  mkdirSync(join(root, 'mine'));
  writeFileSync(join(root, 'mine', 'notes.txt'), 'not a site');
  writeFileSync(join(root, 'a-file'), 'not a folder');
  mkdirSync(join(root, 'taken.builds'));
  writeFileSync(join(root, 'taken.builds', 'notes.txt'), 'not ours');
  mkdirSync(join(root, 'empty'));
});
afterAll(() => rmSync(join(root, '..'), { recursive: true, force: true }));

describe('the output folder of a build', () => {
  it.each([
    ['content', /is the content\/ folder/],
    ['public', /is the public\/ folder/],
    ['src', /is the src\/ folder/],
    ['scripts', /is the scripts\/ folder/],
    ['tests', /is the tests\/ folder/],
    ['node_modules', /is the node_modules\/ folder/],
    ['.git', /is the \.git\/ folder/],
    ['content/site', /is inside the content\/ folder/],
    ['public/', /is the public\/ folder/],
    ['./src/../public/x', /is inside the public\/ folder/],
    ['docs-link/site', /is inside the content\/ folder/],
    ['.', /the project folder or a folder around it/],
    ['..', /the project folder or a folder around it/],
    ['/', /the project folder or a folder around it/],
    ['mine', /already holds something no build made/],
    ['a-file', /already holds something no build made/],
    ['taken', /taken\.builds already holds something no build made/],
  ])('refuses --out %s', (out, message) => {
    expect(outputFolderProblem(root, out)).toMatch(message);
  });

  it.each(['dist', '.dist-e2e', 'empty', 'out/site', '../elsewhere'])('accepts --out %s', (out) => {
    expect(outputFolderProblem(root, out)).toBeUndefined();
  });
});
