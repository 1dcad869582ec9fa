/** Ids the page layout uses itself; a section id must not take one, or links to it would land elsewhere. */
export const reservedIds = new Set([
  'main',
  'site-nav',
  'toc-heading',
  'linked-from',
  'sources',
  'term-definitions',
  'term-tip',
  'search',
]);
