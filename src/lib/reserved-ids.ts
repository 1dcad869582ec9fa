/**
 * Ids the page layouts and their scripts use themselves; content must not take one, or links to it would land
 * elsewhere and the skip link, menu, search or previews would find the wrong element. reserved-ids.test.ts keeps
 * this list in step with the layouts.
 */
export const reservedIds = new Set([
  'main',
  'site-nav',
  'toc-heading',
  'linked-from',
  'sources',
  'term-definitions',
  'term-tip',
  'search',
  'search-page',
  'search-page-input',
  'search-page-status',
  'search-dialog-input',
  'search-dialog-status',
  'all-pages',
  'home-search-input',
  'sections',
]);
