/**
 * axe-core over a page in Chromium, with the WCAG 2.2 AA and best-practice rules every accessibility test here
 * uses, and the time one analysis may take.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * What one analysis of one page may take: a guard against a hang, not a speed test. An analysis of a handbook
 * page takes about 2 s on an idle two-core machine and two to three times that on one loaded with a CPU burner
 * and a build. A test's budget is this times the analyses it runs, so a longer list of pages gets a longer one.
 */
export const axeBudgetMs = 30_000;

/**
 * An analysis with the test's rules, run in the page itself ("legacy" mode in @axe-core/playwright). The default
 * mode exists to merge results across cross-origin frames, which these pages do not have, and it pays for that
 * on every analysis with a new tab and a second copy of axe-core: on four handbook pages, 14 to 17 s against 8 s.
 */
export function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode().withTags(axeTags);
}

/** Each violation as `rule: up to three of its elements`, for a readable failure. */
export async function axeViolations(builder: AxeBuilder): Promise<string[]> {
  const results = await builder.analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
