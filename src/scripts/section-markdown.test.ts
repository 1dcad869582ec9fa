import { describe, expect, it } from 'vitest';
import { headingWords, sectionClip, sectionMarkdown } from './section-markdown.ts';

const twin = `# Restarting services

> What to restart after an OpenSSL update.

Intro text.

## Find the processes

Run this:

\`\`\`sh
# not a heading: a comment in a shell block
lsof -n | grep ssl
\`\`\`

### On [Fedora](https://example.org/f) and \`RHEL\`

Use \`needs-restarting\`.

## Restart

Setext section
--------------

Under a setext heading.

## Example

First example.

## Example

Second example.
`;

describe('headingWords', () => {
  it('drops Markdown and pins, keeps the words', () => {
    expect(headingWords('On [Fedora](https://x/f) and `RHEL` {#fedora}')).toBe('On Fedora and RHEL');
    expect(headingWords('**Bold** _and_ <kbd>Ctrl</kbd> \\*star\\*')).toBe('Bold and Ctrl *star*');
    expect(headingWords('Tom &amp; Jerry')).toBe('Tom & Jerry');
  });
});

describe('sectionMarkdown', () => {
  it('takes a section with its subsections, and ignores # lines inside code', () => {
    expect(sectionMarkdown(twin, { text: 'Find the processes', level: 2, occurrence: 0 })).toBe(
      '## Find the processes\n\nRun this:\n\n```sh\n# not a heading: a comment in a shell block\nlsof -n | grep ssl\n```\n\n### On [Fedora](https://example.org/f) and `RHEL`\n\nUse `needs-restarting`.',
    );
  });

  it('finds a heading written with links and code by its words, and ends at the next heading of its level', () => {
    expect(sectionMarkdown(twin, { text: 'On Fedora and RHEL', level: 3, occurrence: 0 })).toBe(
      '### On [Fedora](https://example.org/f) and `RHEL`\n\nUse `needs-restarting`.',
    );
  });

  it('knows setext headings, and a level-2 section ends at one', () => {
    expect(sectionMarkdown(twin, { text: 'Restart', level: 2, occurrence: 0 })).toBe('## Restart');
    expect(sectionMarkdown(twin, { text: 'Setext section', level: 2, occurrence: 0 })).toBe(
      'Setext section\n--------------\n\nUnder a setext heading.',
    );
  });

  it('tells repeated headings apart by their order', () => {
    expect(sectionMarkdown(twin, { text: 'Example', level: 2, occurrence: 1 })).toBe('## Example\n\nSecond example.');
    expect(sectionMarkdown(twin, { text: 'example', level: 2, occurrence: 0 })).toBe('## Example\n\nFirst example.');
    expect(sectionMarkdown(twin, { text: 'Example', level: 2, occurrence: 2 })).toBeUndefined();
  });

  it('finds nothing for a heading the twin does not have', () => {
    expect(sectionMarkdown(twin, { text: 'Linked from', level: 2, occurrence: 0 })).toBeUndefined();
  });

  it('a --- under a list or after a blank line is a rule, not a heading', () => {
    const text = '## A\n\n- item\n---\n\ntext\n\n---\n\nmore';
    expect(sectionMarkdown(text, { text: 'A', level: 2, occurrence: 0 })).toBe(text);
  });
});

describe('sectionClip', () => {
  it('puts the anchor URL on a line of its own after the section', () => {
    expect(sectionClip('## A\n\ntext\n', 'https://site/x/#a')).toBe('## A\n\ntext\n\nhttps://site/x/#a\n');
  });
});
