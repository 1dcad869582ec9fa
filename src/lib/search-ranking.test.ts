import { describe, expect, it } from 'vitest';
import { bestSubResults, namesQuery, regionScore, type SubResult } from './search-ranking.ts';

/** A region with matched words of these scores. */
function region(id: string | undefined, ...scores: number[]): SubResult {
  return {
    title: id ?? 'Page',
    url: id ? `/guides/x/#${id}` : '/guides/x/',
    excerpt: '',
    ...(id ? { anchor: { id, element: 'h2' } } : {}),
    weighted_locations: scores.map((balanced_score, location) => ({ weight: 1, balanced_score, location })),
  };
}

describe('search ranking', () => {
  it('scores a region by the sum of its matched words', () => {
    expect(regionScore(region('a', 512, 128))).toBe(640);
    expect(regionScore(region('a'))).toBe(0);
  });

  it('lists the best-matching sections first, not the first sections of the page', () => {
    // As Pagefind returns them for "libvirt log" on the virt guide: in page order, the logs section fourth.
    const subs = [
      region(undefined, 512),
      region('who-owns-what', 512),
      region('choosing-the-component', 512),
      region('versions', 1536),
      region('logs', 18437, 4339),
      region('turning-on-libvirt-debug-logging', 37899),
    ];
    expect(bestSubResults('/guides/x/', subs).map((sub) => sub.anchor?.id)).toEqual([
      'turning-on-libvirt-debug-logging',
      'logs',
      'versions',
    ]);
  });

  it('keeps page order among equals, and leaves out the page top and regions without a match', () => {
    const subs = [region(undefined, 9999), region('a', 512), region('b'), region('c', 512), region('d', 512)];
    expect(bestSubResults('/guides/x/', subs, 2).map((sub) => sub.anchor?.id)).toEqual(['a', 'c']);
  });

  it('tells when a glossary term is what the query asks for: its name, its alias, or both', () => {
    expect(namesQuery('Naked ping', 'naked pings')).toBe(true);
    expect(namesQuery('DLRN (Delorean)', 'delorean')).toBe(true);
    expect(namesQuery('AVC (SELinux denial)', 'SELinux denial')).toBe(true);
    expect(namesQuery('KVM', 'kvm bug')).toBe(false);
    expect(namesQuery('Bodhi (karma)', 'karma bodhi')).toBe(true);
    expect(namesQuery('Package maintainer (packager)', 'package')).toBe(false);
    expect(namesQuery('Bugzilla component', 'bug')).toBe(false);
    expect(namesQuery('Heartbeat (TLS extension)', 'heartbleed')).toBe(false);
    expect(namesQuery('KVM', '  ')).toBe(false);
  });
});
