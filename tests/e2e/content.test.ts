/**
 * The published content reads as a finished public site: no page tells how it was made or reads as a note to
 * ourselves, and every essay credits public texts a reader can open. Read from the built pages, as a reader
 * gets them.
 */
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { sitemapPaths } from './browser.ts';

function main(path: string) {
  const tree = fromHtml(readFileSync(join(inject('siteDir'), path, 'index.html'), 'utf8'));
  const found = select('main', tree);
  if (!found) throw new Error(`/${path} has no <main>`);
  return found;
}

/** Phrases of a draft or of how the text was produced, which no reader should meet. */
const unfinished =
  /\bseed\b|facts file|haven't confirmed|has not been checked|nobody has confirmed|unverified|not named in the original/i;

describe('published content', () => {
  it('no page tells how it was made or reads as unfinished', () => {
    const found = sitemapPaths(inject('siteDir')).flatMap((path) => {
      const match = unfinished.exec(toString(main(path)));
      return match ? [`/${path}: "${match[0]}"`] : [];
    });
    expect(found).toEqual([]);
  });

  it('every essay credits its original first and links public texts a reader can open', () => {
    const essays = sitemapPaths(inject('siteDir')).filter((path) => /^essays\/[^/]+\/$/.test(path));
    expect(essays.length).toBeGreaterThan(0);
    for (const path of essays) {
      const credits = select('.sources', main(path));
      expect(credits && toString(select('h2', credits) ?? credits), `/${path}`).toMatch(/^Based on/);
      const links = selectAll('.sources a.external', main(path)).map((a) => String(a.properties['href']));
      expect(links.length, `/${path}`).toBeGreaterThan(0);
      for (const href of links) expect(href, `/${path}`).toMatch(/^https:\/\//);
    }
  });
});
