import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { defaultUiStrings } from '../config/ui-strings.ts';
import { checklistToMarkdown, parseSavedProgress, serializeProgress } from './checklist-markdown.ts';
import { assignChecklistIds, itemSlug } from './checklist-ids.ts';

const parse = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown);
const idsOf = (markdown: string) =>
  Object.fromEntries(assignChecklistIds(parse(markdown)).map((item) => [item.text, item.id]));

describe('checklist item ids', () => {
  it('come from the text, so swapping items keeps each id with its item', () => {
    const before = idsOf('- [ ] Attach the guest XML\n- [ ] Note the kernel version\n');
    const after = idsOf('- [ ] Note the kernel version\n- [ ] Attach the guest XML\n');
    expect(after).toEqual(before);
    expect(before['Attach the guest XML']).toBe('item-attach-the-guest-xml');
  });

  it('survive inserting and removing other items', () => {
    const before = idsOf('- [ ] One\n- [ ] Two\n- [ ] Three\n');
    const after = idsOf('- [ ] Zero\n- [ ] One\n- [ ] Three\n');
    expect(after['One']).toBe(before['One']);
    expect(after['Three']).toBe(before['Three']);
  });

  it('can be pinned, and rewording a pinned item keeps its id', () => {
    expect(idsOf('- [ ] Old words {#logs-item}\n')['Old words']).toBe('logs-item');
    expect(idsOf('- [ ] New words {#logs-item}\n')['New words']).toBe('logs-item');
  });

  it('are unique on a page, also against heading ids', () => {
    const items = assignChecklistIds(parse('- [ ] Same\n- [ ] Same\n'), ['item-same']);
    expect(items.map((item) => item.id)).toEqual(['item-same-1', 'item-same-2']);
  });

  it('are short for long items', () => {
    expect(itemSlug('word '.repeat(40)).length).toBeLessThanOrEqual(48);
  });
});

describe('checklist Markdown export', () => {
  it('writes title, URL, headings with items, and ticked state', () => {
    const markdown = checklistToMarkdown({
      title: 'Virt bug report',
      url: 'https://handbook.example/checklists/virt-bug-report/',
      entries: [
        { type: 'heading', depth: 2, text: 'Before you file' },
        { type: 'item', depth: 0, text: 'Reproduce on  current packages', checked: true },
        { type: 'item', depth: 1, text: 'Nested', checked: false },
        { type: 'heading', depth: 2, text: 'Empty section' },
        { type: 'heading', depth: 2, text: 'Logs' },
        { type: 'item', depth: 0, text: 'Attach the guest log', checked: false },
      ],
      progress: defaultUiStrings['checklist.exportDone'],
    });
    expect(markdown).toBe(
      '# Virt bug report\n\nhttps://handbook.example/checklists/virt-bug-report/\n\n## Before you file\n\n- [x] Reproduce on current packages\n  - [ ] Nested\n\n## Logs\n\n- [ ] Attach the guest log\n\n1 of 3 done.\n',
    );
  });

  it('ends with the progress line in the words the site gives', () => {
    const markdown = checklistToMarkdown({
      title: 'Fehlerbericht',
      url: 'https://example.org/de/',
      entries: [
        { type: 'item', depth: 0, text: 'Protokoll anhängen', checked: true },
        { type: 'item', depth: 0, text: 'Version nennen', checked: false },
      ],
      progress: '{done} von {total} erledigt.',
    });
    expect(markdown.trimEnd().split('\n').at(-1)).toBe('1 von 2 erledigt.');
  });

  it('treats corrupt or foreign saved data as no progress', () => {
    expect(parseSavedProgress('{not json')).toEqual(new Map());
    expect(parseSavedProgress('[1,2]')).toEqual(new Map());
    expect(parseSavedProgress('null')).toEqual(new Map());
    expect(parseSavedProgress('{"a":true,"b":"yes"}')).toEqual(new Map([['a', true]]));
  });

  it('finds no progress for ids named like the members every object has', () => {
    const names = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
    const empty = parseSavedProgress('{}');
    for (const name of names) expect(empty.get(name)).toBeUndefined();
    const saved = parseSavedProgress(serializeProgress(new Map(names.map((name) => [name, true]))));
    for (const name of names) expect(saved.get(name)).toBe(true);
    expect(parseSavedProgress('{"__proto__":{"polluted":true}}').size).toBe(0);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
