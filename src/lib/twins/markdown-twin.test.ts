import { describe, expect, it } from 'vitest';
import { linkList, llmsFullTxt, llmsTxt, twinBody, twinDocument, twinPath } from './markdown-twin.ts';

describe('twinBody', () => {
  it('applies the edits in order and adds a definition after a first term link', () => {
    const body = '# Title\n\nSee [NVR](../g/nvr.md) and [x](x.md).\n';
    const twin = {
      edits: [
        [0, 7, ''],
        [19, 30, 'https://s/g/#nvr'],
        [40, 44, 'https://s/x/'],
      ] as [number, number, string][],
      terms: [[31, 'nvr']] as [number, string][],
    };
    expect(twinBody(body, twin, (term) => (term === 'nvr' ? 'Name, version,\n release.' : undefined))).toBe(
      'See [NVR](https://s/g/#nvr) (Name, version, release) and [x](https://s/x/).',
    );
  });

  it('adds nothing for a term without a definition, and skips an insert inside an edit', () => {
    expect(twinBody('[a](a.md)', { edits: [[0, 9, 'A']], terms: [[4, 'a']] }, () => 'defined')).toBe('A');
    expect(twinBody('[a](a.md) b', { edits: [], terms: [[9, 'a']] }, () => undefined)).toBe('[a](a.md) b');
  });
});

describe('twinDocument', () => {
  it('is the title, the description as a quote, then the body', () => {
    expect(twinDocument({ title: 'Logs', description: 'Where\nthey are.', body: '\nText.\n' })).toBe(
      '# Logs\n\n> Where they are.\n\nText.\n',
    );
    expect(twinDocument({ title: 'Empty', description: '', body: '' })).toBe('# Empty\n');
  });
});

describe('twinPath', () => {
  it('is index.md in the page folder', () => {
    expect(twinPath('/')).toBe('/index.md');
    expect(twinPath('/guides/x/')).toBe('/guides/x/index.md');
    expect(twinPath('/guides/x')).toBe('/guides/x/index.md');
  });
});

describe('llms.txt', () => {
  it('follows the llmstxt.org shape: title, quote, note, then a link list per section', () => {
    const text = llmsTxt({ title: 'Docs', tagline: 'All of it', note: 'Pages are Markdown too.' }, [
      {
        label: 'Guides',
        links: [
          { title: 'Start [here]', url: 'https://s/start/index.md', description: 'First steps.' },
          { title: 'Bare', url: 'https://s/bare/index.md', description: '' },
        ],
      },
      { label: 'Empty', links: [] },
    ]);
    expect(text).toBe(
      [
        '# Docs',
        '',
        '> All of it',
        '',
        'Pages are Markdown too.',
        '',
        '## Guides',
        '',
        '- [Start \\[here\\]](https://s/start/index.md): First steps.',
        '- [Bare](https://s/bare/index.md)',
        '',
      ].join('\n'),
    );
    expect(linkList([])).toBe('');
  });

  it('llms-full.txt holds every twin apart by a rule', () => {
    expect(llmsFullTxt(['# A\n', '# B\n\nText.\n'])).toBe('# A\n\n---\n\n# B\n\nText.\n');
  });
});
