/**
 * Symbolic links and other non-files in content/ and public/ are reported at their own path, once each, by the
 * check and by the build's loader, and never followed (src/lib/content-graph/list-files.ts). The links are
 * made here, in a temporary site: a repository cannot carry some of them (a link to /, a pipe).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../problems.ts';
import { validateContent } from '../rules/index.ts';
import { buildContentGraph } from './graph.ts';
import { loadContent } from './load-content.ts';

const page = (title: string, body = 'Text.') => `---\ntitle: ${title}\ndescription: A page.\n---\n\n${body}\n`;

let scratch: string;
let root: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'folio-links-'));
  root = join(scratch, 'site');
  const outside = join(scratch, 'outside');
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.md'), page('Secret'));
  mkdirSync(join(root, 'content', 'guides'), { recursive: true });
  mkdirSync(join(root, 'public', 'images'), { recursive: true });
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'content', 'index.md'), page('Home', '[a](guides/a.md) [q](guides/what%3F.md)'));
  writeFileSync(join(root, 'content', 'guides', 'a.md'), page('A', '[home](../index.md)'));
  writeFileSync(join(root, 'content', 'guides', 'what?.md'), page('What', '[home](../index.md)'));
  const guides = join(root, 'content', 'guides');
  symlinkSync(outside, join(guides, 'outside'));
  symlinkSync('/', join(guides, 'root'));
  symlinkSync('../../src', join(guides, 'code'));
  symlinkSync('..', join(guides, 'loop'));
  symlinkSync('self', join(guides, 'self'));
  symlinkSync('a.md', join(guides, 'also-a.md'));
  symlinkSync('gone.md', join(guides, 'missing.md'));
  symlinkSync('/etc/passwd', join(root, 'public', 'images', 'passwd.txt'));
  execFileSync('mkfifo', [join(guides, 'pipe.md')]);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const expected = [
  'content/guides/also-a.md:1:1: error: this is a symbolic link (to content/guides/a.md)',
  'content/guides/code:1:1: error: this symbolic link points outside content/ (to src)',
  'content/guides/loop:1:1: error: this symbolic link points to a folder that contains it (content): a loop',
  'content/guides/missing.md:1:1: error: this symbolic link points to nothing ("gone.md")',
  'content/guides/outside:1:1: error: this symbolic link points outside the repository (to OUTSIDE)',
  'content/guides/pipe.md:1:1: error: this is neither a file nor a folder (a pipe, socket or device)',
  'content/guides/root:1:1: error: this symbolic link points outside the repository (to /)',
  'content/guides/self:1:1: error: this symbolic link points to itself through other links (a loop)',
  'content/guides/what?.md:1:1: error: the file name holds "?", which a URL path cannot carry: links to the page would not reach it',
  'public/images/passwd.txt:1:1: error: this symbolic link points outside the repository (to /etc/passwd)',
];

/** Each problem's first line, with the temporary folder's path made constant. */
const lines = (problems: Parameters<typeof formatProblem>[0][]) =>
  problems.map((problem) => formatProblem(problem).split('\n')[0]!.replace(join(scratch, 'outside'), 'OUTSIDE'));

describe('symbolic links and other non-files in content/ and public/', () => {
  it('are reported by the check at their own path, once each, and nothing behind them is read', () => {
    const graph = buildContentGraph(root);
    expect(lines(validateContent(graph))).toEqual(expected);
    expect(graph.pages.map((p) => p.file)).toEqual([
      'content/guides/a.md',
      'content/guides/what?.md',
      'content/index.md',
    ]);
    expect(graph.publicFiles).toEqual([]);
  });

  it("are reported the same by the build's loader", async () => {
    const loaded = await loadContent(root, { base: '/', siteOrigin: 'https://example.org' });
    expect(lines(validateContent(loaded.graph))).toEqual(expected);
  });
});
