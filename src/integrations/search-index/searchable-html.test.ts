import { describe, expect, it } from 'vitest';
import { searchableHtml } from './searchable-html.ts';

const page = (main: string) =>
  `<!DOCTYPE html><html lang="de" data-base="/"><head><title>T</title><script src="/x.js"></script></head><body><header><nav>Menu</nav></header>${main}<nav class="toc">On this page</nav><footer>RSS</footer></body></html>`;

describe('searchableHtml', () => {
  it("keeps the html tag and the page's data-pagefind-body main, and drops the rest", () => {
    const main =
      '<main id="main" data-pagefind-body data-pagefind-meta="section:Guides"><h1>Title</h1><p>Text</p></main>';
    expect(searchableHtml(page(main))).toBe(
      `<!doctype html><html lang="de" data-base="/"><head><meta charset="utf-8"></head><body>${main}</body></html>`,
    );
  });

  it('hands over a page of another shape whole', () => {
    const noBody = page('<main id="main"><p>Not searchable</p></main>');
    expect(searchableHtml(noBody)).toBe(noBody);
    const twoMains = page('<main data-pagefind-body><p>a</p></main><main><p>b</p></main>');
    expect(searchableHtml(twoMains)).toBe(twoMains);
  });
});
