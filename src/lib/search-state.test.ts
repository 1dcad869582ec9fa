import { describe, expect, it } from 'vitest';
import { highlightWords, pagefindFilters, parseSearchState, searchStateQuery } from './search-state.ts';

describe('search state', () => {
  it('round-trips through a shareable URL', () => {
    const state = { query: 'naked ping', sections: ['Guides', 'Essays'], tags: ['irc'] };
    const query = searchStateQuery(state);
    expect(query).toBe('?q=naked+ping&section=Guides&section=Essays&tag=irc');
    expect(parseSearchState(query)).toEqual(state);
  });

  it('reads plain and encoded links, and tolerates junk', () => {
    expect(parseSearchState('?q=naked%20ping').query).toBe('naked ping');
    expect(parseSearchState('').query).toBe('');
    expect(parseSearchState('?q=(*[\\ "<script>').query).toBe('(*[\\ "<script>');
    expect(parseSearchState(`?q=${'a'.repeat(500)}`).query).toHaveLength(200);
  });

  it('builds Pagefind filters only for chosen facets', () => {
    expect(pagefindFilters({ query: 'x', sections: [], tags: [] })).toEqual({});
    expect(pagefindFilters({ query: 'x', sections: ['Guides'], tags: ['irc'] })).toEqual({
      section: { any: ['Guides'] },
      tag: { any: ['irc'] },
    });
    expect(pagefindFilters({ query: 'x', sections: [], tags: [] }, true, 'term')).toEqual({
      kind: { any: ['term'] },
      vocabulary: { none: ['site'] },
    });
  });

  it('picks words to highlight', () => {
    expect(highlightWords('AVC denial')).toEqual(['avc', 'denial']);
    expect(highlightWords('openssl 1.0.1g')).toEqual(['openssl', '1.0.1g']);
    expect(highlightWords('(*[\\ "<script>')).toEqual(['script']);
  });
});
