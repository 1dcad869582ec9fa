/**
 * No internal link in the built site is broken: every same-site href and src points at a file that exists
 * and, when it has a #fragment, at an id that page really has. Checked for both builds (root and base path),
 * which also proves every link respects the base path.
 */
import { describe, expect, inject, it } from 'vitest';
import { brokenLinks } from './dist-links.ts';

for (const [label, dirKey, base] of [
  ['root', 'siteDir', '/'],
  ['base path', 'baseSiteDir', '/handbook/'],
] as const) {
  describe(`links in dist (${label})`, () => {
    it('every internal link and fragment resolves', () => {
      const { broken, checked } = brokenLinks(inject(dirKey), base);
      expect(broken).toEqual([]);
      expect(checked).toBeGreaterThan(500);
    });
  });
}
