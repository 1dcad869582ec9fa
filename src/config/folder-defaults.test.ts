import { describe, expect, it } from 'vitest';
import { cutAtWord, folderTitle, humanise } from './folder-defaults.ts';

describe('folder defaults', () => {
  it('label a folder from its name', () => {
    expect(humanise('getting-started')).toBe('Getting started');
    expect(humanise('api_reference')).toBe('Api reference');
    expect(humanise('FAQ')).toBe('FAQ');
    expect(humanise('--')).toBe('--');
  });

  it('name a site after its folder, or the one above a folder named for where docs are kept', () => {
    expect(folderTitle('/src/widget-book')).toBe('widget-book');
    expect(folderTitle('/src/widget/docs')).toBe('widget');
    expect(folderTitle('/src/widget/content')).toBe('widget');
    expect(folderTitle('/content')).toBe('content');
  });

  it('cut long text at a word boundary, within the limit', () => {
    expect(cutAtWord('short enough', 160)).toBe('short enough');
    expect(cutAtWord('one two three four', 12)).toBe('one two…');
    expect(cutAtWord('one two, three', 10)).toBe('one two…');
    expect(cutAtWord('unbreakableword', 8)).toBe('unbreak…');
    const long = 'word '.repeat(60).trim();
    expect(cutAtWord(long, 160).length).toBeLessThanOrEqual(160);
    expect(cutAtWord(long, 160)).toMatch(/word…$/);
  });
});
