import { describe, expect, it, vi } from 'vitest';
import { buildContentGraph } from '../lib/content-graph/graph.ts';
import {
  createSiteContext,
  findSiteContext,
  recordSpan,
  releaseSiteContext,
  type SiteSettings,
} from './site-context.ts';

// Only the identity of the settings matters here: the context hands them on, it does not read them.
const settingsA = { title: 'A' } as unknown as SiteSettings;
const settingsB = { title: 'B' } as unknown as SiteSettings;

describe('site contexts', () => {
  it('keep two builds in one process apart', () => {
    const a = createSiteContext(settingsA);
    const b = createSiteContext(settingsB);
    expect(a.id).not.toBe(b.id);

    const graph = buildContentGraph(process.cwd(), { layout: { docsDir: 'src/config/fixtures/plain' } });
    a.content = { graph, html: new Map(), problems: [] };
    a.build = { previousDir: '/a', manifestFile: '/a.json', reused: new Set(['/x/']) };
    a.pageTwins = new Map([['/x/', '# X']]);
    recordSpan(a, 'searchIndex', 5);
    recordSpan(a, 'searchIndex', 7);

    const foundA = findSiteContext(a.id);
    const foundB = findSiteContext(b.id);
    expect(foundA).toBe(a);
    expect(foundA.settings).toBe(settingsA);
    expect(foundA.content?.graph).toBe(graph);
    expect(foundA.timings.spans).toEqual({ searchIndex: 12 });
    expect(foundB.settings).toBe(settingsB);
    expect([foundB.content, foundB.build, foundB.pageTwins]).toEqual([undefined, undefined, undefined]);
    expect(foundB.timings).toEqual({ marks: {}, spans: {} });

    releaseSiteContext(a);
    expect(() => findSiteContext(a.id)).toThrow(/No site context/);
    expect(findSiteContext(b.id)).toBe(b);
    releaseSiteContext(b);
  });

  it('are found across module instances, as the pages find the one the config made', async () => {
    const context = createSiteContext(settingsA);
    // A second instance of the module, as Vite's build loads it for the pages.
    vi.resetModules();
    const other = await import('./site-context.ts');
    expect(other.findSiteContext).not.toBe(findSiteContext);
    expect(other.findSiteContext(context.id)).toBe(context);
    releaseSiteContext(context);
  });
});
