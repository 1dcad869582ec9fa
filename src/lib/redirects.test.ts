import { describe, expect, it } from 'vitest';
import { loadPage } from './content-graph/load-page.ts';
import { notARedirect, redirectsOf } from './redirects.ts';

const { page } = loadPage(
  'content/guides/new-name.md',
  '/c/content/guides/new-name.md',
  { kind: 'page', collection: 'guides', slug: 'new-name', isIndex: false },
  '---\ntitle: New\ndescription: d\nredirect_from: [/guides/old-name/, /old/]\n---\nText\n',
);

describe('redirects', () => {
  it('lists each old path of a page with the page it moved to', () => {
    expect(redirectsOf([page]).map((r) => [r.from, r.to.path, r.at.line])).toEqual([
      ['/guides/old-name/', '/guides/new-name/', 4],
      ['/old/', '/guides/new-name/', 4],
    ]);
  });

  it('keeps redirect pages out of the sitemap, under any base path', () => {
    const listed = notARedirect(() => [page], '/handbook/');
    expect(listed('https://x.example/handbook/guides/old-name/')).toBe(false);
    expect(listed('https://x.example/handbook/old/')).toBe(false);
    expect(listed('https://x.example/handbook/guides/new-name/')).toBe(true);
    expect(listed('https://x.example/guides/old-name/')).toBe(true);
  });
});
