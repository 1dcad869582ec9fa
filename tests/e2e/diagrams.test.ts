/**
 * Mermaid diagrams, drawn at build time: an SVG in the page with no script and no violation of the strict CSP,
 * named and described for screen readers, drawn in the theme's colours in light and dark, and kept as written in
 * the page's Markdown twin.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const path = 'guides/continuous-packaging/';

/** Relative luminance of a computed colour, `rgb(0-255 …)` or, from color-mix(), `color(srgb 0-1 …)` (WCAG 2). */
function luminance(color: string): number {
  const scale = color.startsWith('color(srgb') ? 1 : 255;
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
    const value = Number(part) / scale;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

describe('Mermaid diagrams', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`are drawn as an SVG in the ${scheme} theme's colours, readable, with no CSP violation`, async () => {
      const { page, errors } = await openPage(browser, { colorScheme: scheme });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await page.goto(`${inject('siteUrl')}${path}`);
      const drawing = page.locator('main figure.diagram svg[role="img"]');
      expect(await drawing.count()).toBe(1);
      const colours = await drawing.evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        const text = svg.querySelector('g.node text');
        const shape = svg.querySelector('g.node :is(rect, polygon)');
        return {
          width: box.width,
          height: box.height,
          page: getComputedStyle(document.body).backgroundColor,
          text: text ? getComputedStyle(text).fill : '',
          stroke: shape ? getComputedStyle(shape).stroke : '',
          nodes: [...svg.querySelectorAll('g.node text')].map((node) => node.textContent),
        };
      });
      expect(colours.width).toBeGreaterThan(200);
      expect(colours.height).toBeGreaterThan(200);
      expect(colours.nodes).toContain('New upstream commit');
      expect(contrast(colours.text, colours.page)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colours.stroke, colours.page)).toBeGreaterThanOrEqual(3);
      expect(errors).toEqual([]);
    });
  }

  it('print in black on white, even from the dark theme', async () => {
    const { page } = await openPage(browser, { colorScheme: 'dark' });
    await page.goto(`${inject('siteUrl')}${path}`);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const text = await page
      .locator('main figure.diagram svg g.node text')
      .first()
      .evaluate((node) => getComputedStyle(node).fill);
    expect(contrast(text, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(4.5);
  });

  it('is named by its title, described by its source, and fits a phone screen', async () => {
    const { page } = await openPage(browser, { viewport: { width: 360, height: 740 }, isMobile: true });
    await page.goto(`${inject('siteUrl')}${path}`);
    const drawing = page.getByRole('img', { name: "How a commit becomes a repository that RDO's CI has tested" });
    expect(await drawing.count()).toBe(1);
    const description = await drawing.evaluate((svg) => {
      const id = svg.getAttribute('aria-describedby') ?? '';
      return document.getElementById(id)?.textContent ?? '';
    });
    expect(description).toMatch(/^flowchart TD\n {2}commit\[New upstream commit\] --> build/);
    expect(await page.locator('main figure.diagram figcaption').textContent()).toBe(
      "How a commit becomes a repository that RDO's CI has tested",
    );
    const box = await drawing.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('stay as written in the Markdown twin', async () => {
    const twin = await (await fetch(`${inject('siteUrl')}${path}index.md`)).text();
    expect(twin).toContain(
      '```mermaid title="How a commit becomes a repository that RDO\'s CI has tested"\nflowchart TD\n',
    );
  });
});
