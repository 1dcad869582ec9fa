import { describe, expect, it } from 'vitest';
import { parseFrontMatter, splitFile } from './content-graph/front-matter.ts';
import { loadPage } from './content-graph/load-page.ts';
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
});
