import { describe, expect, it } from 'vitest';
import { buildNavigation, neighbours, readingMinutes, sectionPages } from './navigation.ts';
import type { SiteSection } from './sections.ts';

const page = (collection: string, slug: string, title: string) => ({
  collection,
  slug,
  title,
  path: `/${collection}/${slug}/`,
});
const pages = [
  page('guides', 'b', 'Bravo'),
  page('guides', 'sub/c', 'Charlie'),
  page('guides', 'a', 'Alpha'),
  page('essays', 'e', 'Echo'),
  ...Array.from({ length: 40 }, (_, i) =>
    page('checklists', `c${String(i).padStart(2, '0')}`, `List ${String(i).padStart(2, '0')}`),
  ),
];

const section = (key: string, glossary = false): SiteSection => ({
  key,
  label: key,
  description: '',
  path: `/${key}/`,
  index: undefined,
  glossary,
});
const sections = [section('essays'), section('guides'), section('checklists'), section('glossary', true)];

describe('navigation', () => {
  it('orders a section: top-level pages by title, then subfolders', () => {
    expect(sectionPages(pages, 'guides').map((p) => p.slug)).toEqual(['a', 'b', 'sub/c']);
  });

  it('lists the section list and only the current section, with a bounded number of pages', () => {
    const nav = buildNavigation(pages, sections, { collection: 'checklists', slug: 'c20' }, 9);
    expect(nav.map((s) => s.key)).toEqual(['essays', 'guides', 'checklists', 'glossary']);
    const current = nav.find((s) => s.current)!;
    expect(current.pages).toHaveLength(9);
    expect(current.pages.find((p) => p.current)?.title).toBe('List 20');
    expect(current.hidden).toBe(31);
    expect(nav.filter((s) => !s.current).every((s) => s.pages.length === 0)).toBe(true);
  });

  it('finds previous and next within the section', () => {
    expect(neighbours(pages, { collection: 'guides', slug: 'b' })).toMatchObject({
      prev: { slug: 'a' },
      next: { slug: 'sub/c' },
    });
    expect(neighbours(pages, { collection: 'guides', slug: 'a' }).prev).toBeUndefined();
  });

  it('estimates reading time at 200 words a minute', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1000)).toBe(5);
  });
});
