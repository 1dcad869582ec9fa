/**
 * What a browser downloads to show a page before any interaction, by kind, gzip-compressed as a host would
 * serve it. Shared by the budget test and `npm run bench`.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
  requests: number;
}

export async function measurePageWeight(page: Page, url: string): Promise<PageWeight> {
  const bodies: Promise<{ type: string; size: number }>[] = [];
  const onResponse = (response: import('playwright-core').Response) => {
    const type = response.request().resourceType();
    bodies.push(
      response
        .body()
        .then((body) => ({ type, size: gzipSync(body, { level: 9 }).length }))
        .catch(() => ({ type, size: 0 })),
    );
  };
  page.on('response', onResponse);
  await page.goto(url, { waitUntil: 'networkidle' });
  page.off('response', onResponse);
  const weight: PageWeight = { html: 0, css: 0, js: 0, other: 0, total: 0, requests: 0 };
  for (const { type, size } of await Promise.all(bodies)) {
    const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
    weight[kind] += size;
    weight.total += size;
    weight.requests++;
  }
  return weight;
}
