import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { trackedFiles } from '../../config/git-info.ts';
import { buildContentGraph } from './graph.ts';
import { loadContent } from './load-content.ts';

const repo = mkdtempSync(join(tmpdir(), 'folio-links-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
}

write(
  'docs/guides/a.md',
  '# A\n\n[license](../../LICENSE) [later](../../notes.txt) [b](b.md#Install-It) [own](#SETUP)\n\n## Setup\n',
);
write('docs/guides/b.md', '# B\n\n## Install it\n\n## Logs {#logs}\n');
write('LICENSE', 'MIT\n');
write('notes.txt', 'not added\n');
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
git('init', '-q');
git('add', 'docs', 'LICENSE');

const docsDir = join(repo, 'docs');
const layout = (url?: string) => ({
  docsDir,
  displayRoot: repo,
  repoRoot: repo,
  repository: url ? { url, branch: 'main' } : undefined,
  trackedFiles: () => trackedFiles(repo),
});

describe('links to files outside the docs folder', () => {
  it('go to the code host when git tracks the file, and are missing when it does not', () => {
    const graph = buildContentGraph(repo, { layout: layout('https://code.example/o/r') });
    const a = graph.byFile.get('docs/guides/a.md')!;
    expect(graph.resolve(a, '../../LICENSE')).toMatchObject({
      kind: 'repository',
      href: 'https://code.example/o/r/blob/main/LICENSE',
    });
    expect(graph.resolve(a, '/')).toMatchObject({ kind: 'repository', href: 'https://code.example/o/r/tree/main' });
    expect(graph.resolve(a, '../../notes.txt')).toMatchObject({ kind: 'missing', reason: 'untracked' });
  });

  it('say that repository.url is needed when there is none', () => {
    const graph = buildContentGraph(repo, { layout: layout() });
    const a = graph.byFile.get('docs/guides/a.md')!;
    expect(graph.resolve(a, '../../LICENSE')).toMatchObject({ kind: 'missing', reason: 'no-repository-url' });
  });
});

describe('anchors in the build', () => {
  it('are rewritten to the ids they mean once every page is known, across pages and on the page itself', async () => {
    const { html } = await loadContent(repo, { layout: layout(), base: '/', siteOrigin: 'https://x.example' });
    const page = html.get(join(docsDir, 'guides', 'a.md'))!.html;
    expect(page).toContain('<a href="/guides/b/#install-it">b</a>');
    expect(page).toContain('<a href="#setup">own</a>');
  });
});
