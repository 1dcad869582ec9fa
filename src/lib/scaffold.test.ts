import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter, splitFile } from './content-graph/front-matter.ts';
import { buildContentGraph } from './content-graph/graph.ts';
import { loadPage } from './content-graph/load-page.ts';
import { validateContent } from './rules/index.ts';
import { pageSkeleton, pageUrlPath, slugForTitle } from './scaffold.ts';

describe('page scaffold', () => {
  it('derives file names from titles', () => {
    expect(slugForTitle('Testing the scaffold')).toBe('testing-the-scaffold');
    expect(slugForTitle('Ça marche: déjà vu!')).toBe('ca-marche-deja-vu');
    expect(pageUrlPath('guides', 'testing-the-scaffold')).toBe('/guides/testing-the-scaffold/');
  });

  for (const kind of ['page', 'checklist'] as const) {
    it(`writes a ${kind} that passes the schema with no problems`, () => {
      const text = pageSkeleton(kind, 'A title: with "quotes"');
      const { yaml } = splitFile(text);
      expect(parseFrontMatter(yaml ?? '').data).toMatchObject({ title: 'A title: with "quotes"' });
      const { page, problems } = loadPage(
        `content/guides/x.md`,
        `/tmp/content/guides/x.md`,
        { kind: 'page', collection: 'guides', slug: 'x', isIndex: false },
        text,
      );
      expect(problems).toEqual([]);
      expect(page.markdown.headings.length).toBeGreaterThan(1);
      if (kind === 'checklist') expect(page.markdown.checklistItems.length).toBeGreaterThan(3);
    });
  }

  it('marks every text still to write with TODO, and the check reports each one until it is replaced', () => {
    const root = mkdtempSync(join(tmpdir(), 'folio-scaffold-'));
    mkdirSync(join(root, 'content', 'guides'), { recursive: true });
    const text = pageSkeleton('page', 'Testing the scaffold');
    writeFileSync(join(root, 'content', 'guides', 'x.md'), text);
    const placeholders = validateContent(buildContentGraph(root)).filter((p) => p.message.startsWith('placeholder'));
    expect(placeholders.map((p) => p.message)).toEqual([
      'placeholder "TODO" left in front matter "description"',
      'placeholder "TODO" left in the text',
      'placeholder "TODO" left in the text',
      'placeholder "TODO" left in the text',
      'placeholder "TODO" left in the text',
      'placeholder "TODO" left in the text',
    ]);
    writeFileSync(join(root, 'content', 'guides', 'x.md'), text.replaceAll('TODO: ', ''));
    expect(validateContent(buildContentGraph(root)).filter((p) => p.severity === 'error')).toEqual([]);
  });
});
