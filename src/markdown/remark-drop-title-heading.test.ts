import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkDropTitleHeading, { type DropTitleHeadingOptions } from './remark-drop-title-heading.ts';
import remarkParseNative from './remark-parse-native.ts';

async function render(markdown: string, options?: DropTitleHeadingOptions, frontmatter?: Record<string, unknown>) {
  const file = new VFile({ value: markdown, data: frontmatter ? { astro: { frontmatter } } : {} });
  const processor = unified()
    .use(remarkParseNative)
    .use(remarkDropTitleHeading, options)
    .use(remarkRehype)
    .use(rehypeStringify);
  return String(await processor.process(file));
}

const page = '# Title\n\nText.\n';

describe('remark-drop-title-heading', () => {
  it('follows the content graph when told: enabled drops, disabled keeps', async () => {
    expect(await render(page, { enabled: true }, { title: 'From front matter' })).toBe('<p>Text.</p>');
    expect(await render(page, { enabled: false })).toBe('<h1>Title</h1>\n<p>Text.</p>');
  });

  it('otherwise keeps the heading when front matter has a title, and drops it when not', async () => {
    expect(await render(page, undefined, { title: 'From front matter' })).toBe('<h1>Title</h1>\n<p>Text.</p>');
    expect(await render(page, undefined, { title: '  ' })).toBe('<p>Text.</p>');
    expect(await render(page, undefined, { description: 'D' })).toBe('<p>Text.</p>');
    expect(await render(page)).toBe('<p>Text.</p>');
  });

  it('does nothing to a body without a title heading', async () => {
    expect(await render('## Section\n\nText.\n', { enabled: true })).toBe('<h2>Section</h2>\n<p>Text.</p>');
    expect(await render('', { enabled: true })).toBe('');
  });
});
