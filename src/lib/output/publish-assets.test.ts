import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { requestedAsset } from '../../integrations/docs-assets.ts';
import { discoverContent } from '../content-graph/graph.ts';
import { publishAssets } from './publish-assets.ts';

const root = mkdtempSync(join(tmpdir(), 'folio-assets-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const docs = join(root, 'content');
for (const [path, text] of Object.entries({
  'guides/a.md': '# A\n',
  'guides/img/diagram.png': 'png',
  'guides/.hidden/x.png': 'hidden',
  '.env': 'secret',
  'folio.config.yaml': 'title: X\n',
  'SUMMARY.markdown': '# Summary\n',
  'favicon.svg': 'docs',
})) {
  mkdirSync(join(docs, path, '..'), { recursive: true });
  writeFileSync(join(docs, path), text);
}

describe('files beside the Markdown', () => {
  const { assets } = discoverContent(root, { docsDir: docs, displayRoot: root });

  it('are published, except Markdown, hidden files and the config file', () => {
    expect(assets).toEqual(['favicon.svg', 'guides/img/diagram.png']);
  });

  it('are copied into the site at their path, never over a file the site has', () => {
    const site = join(root, 'dist');
    mkdirSync(site);
    writeFileSync(join(site, 'favicon.svg'), 'public');
    expect(publishAssets(docs, assets, site)).toEqual({ copied: 1, clashes: ['favicon.svg'] });
    expect(readFileSync(join(site, 'guides/img/diagram.png'), 'utf8')).toBe('png');
    expect(readFileSync(join(site, 'favicon.svg'), 'utf8')).toBe('public');
    expect(existsSync(join(site, 'guides/a.md'))).toBe(false);
  });

  it('are served by the dev server under the base path', () => {
    const set = new Set(assets);
    expect(requestedAsset('/docs/guides/img/diagram.png?v=1', '/docs/', set)).toBe('guides/img/diagram.png');
    expect(requestedAsset('/guides/img/diagram.png', '/docs/', set)).toBeUndefined();
    expect(requestedAsset('/docs/guides/a.md', '/docs/', set)).toBeUndefined();
  });
});
