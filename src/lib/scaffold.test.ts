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

  for (const collection of ['essays', 'guides', 'checklists'] as const) {
    it(`writes a ${collection} page that passes the schema with no problems`, () => {
      const text = pageSkeleton(collection, 'A title: with "quotes"');
      const { yaml } = splitFile(text);
      expect(parseFrontMatter(yaml ?? '').data).toMatchObject({ title: 'A title: with "quotes"' });
      const { page, problems } = loadPage(
        `content/${collection}/x.md`,
        `/tmp/content/${collection}/x.md`,
        { collection, slug: 'x' },
        text,
      );
      expect(problems).toEqual([]);
      expect(page.markdown.headings.length).toBeGreaterThan(1);
      if (collection === 'checklists') expect(page.markdown.checklistItems.length).toBeGreaterThan(3);
    });
  }

  it('marks every text still to write with TODO, and the check reports each one until it is replaced', () => {
    const root = mkdtempSync(join(tmpdir(), 'handbook-scaffold-'));
    mkdirSync(join(root, 'content', 'essays'), { recursive: true });
    mkdirSync(join(root, 'content', 'glossary'));
    // The term the essay skeleton links to.
    writeFileSync(
      join(root, 'content', 'glossary', 'upstream.md'),
      '---\ntitle: Upstream\ndescription: d\n---\nText.\n',
    );
    const text = pageSkeleton('essays', 'Testing the scaffold');
    writeFileSync(join(root, 'content', 'essays', 'x.md'), text);
    const placeholders = validateContent(buildContentGraph(root)).filter((p) => p.message.startsWith('placeholder'));
    expect(placeholders.map((p) => p.message)).toEqual([
      'placeholder "TODO" left in front matter "description"',
      'placeholder "TODO" left in front matter "source.title"',
      'placeholder "TODO" left in front matter "source.author"',
      'placeholder "TODO" left in the text',
      'placeholder "TODO" left in the text',
    ]);
    writeFileSync(join(root, 'content', 'essays', 'x.md'), text.replaceAll('TODO: ', ''));
    expect(validateContent(buildContentGraph(root)).filter((p) => p.severity === 'error')).toEqual([]);
  });
});
