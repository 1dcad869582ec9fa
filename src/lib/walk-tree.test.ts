import type { Root as HastRoot } from 'hast';
import type { Blockquote, Root as MdastRoot } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { SKIP, walkElements, walkMdast } from './walk-tree.ts';

const parse = (markdown: string) => unified().use(remarkParse).parse(markdown);

describe('walkMdast', () => {
  it('visits every node below the root in document order, with index and parent', () => {
    const seen: string[] = [];
    walkMdast(parse('# A *b*\n\n- c\n- d\n'), (node, index, parent) => {
      seen.push(`${node.type}@${index}<${parent.type}`);
      return undefined;
    });
    expect(seen).toEqual([
      'heading@0<root',
      'text@0<heading',
      'emphasis@1<heading',
      'text@0<emphasis',
      'list@1<root',
      'listItem@0<list',
      'paragraph@0<listItem',
      'text@0<paragraph',
      'listItem@1<list',
      'paragraph@0<listItem',
      'text@0<paragraph',
    ]);
  });

  it('leaves out the children of a node when the visitor returns SKIP', () => {
    const seen: string[] = [];
    walkMdast(parse('# A *b*\n\nc\n'), (node) => {
      seen.push(node.type);
      return node.type === 'heading' ? SKIP : undefined;
    });
    expect(seen).toEqual(['heading', 'paragraph', 'text']);
  });

  it('goes on from the index the visitor returns after replacing a node, and walks rebuilt children', () => {
    const tree = parse('a\n\nb\n\nc\n');
    const seen: string[] = [];
    walkMdast(tree, (node, index, parent) => {
      seen.push(node.type === 'text' ? node.value : node.type);
      if (node.type === 'paragraph' && node.children[0]?.type === 'text' && node.children[0].value === 'a') {
        parent.children.splice(index, 1, { type: 'thematicBreak' }, { type: 'thematicBreak' });
        return index + 2;
      }
      if (node.type === 'paragraph' && node.children[0]?.type === 'text' && node.children[0].value === 'b')
        node.children = [{ type: 'text', value: 'B' }];
      return undefined;
    });
    expect(seen).toEqual(['paragraph', 'paragraph', 'B', 'paragraph', 'c']);
    expect(tree.children.map((node) => node.type)).toEqual([
      'thematicBreak',
      'thematicBreak',
      'paragraph',
      'paragraph',
    ]);
  });
});

describe('walkElements', () => {
  it('visits elements only, with their parent', () => {
    const tree: HastRoot = {
      type: 'root',
      children: [
        { type: 'comment', value: 'x' },
        {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [
            { type: 'text', value: 't' },
            { type: 'element', tagName: 'a', properties: {}, children: [] },
          ],
        },
      ],
    };
    const seen: string[] = [];
    walkElements(tree, (node, index, parent) => {
      seen.push(`${node.tagName}@${index}<${parent.type === 'root' ? 'root' : parent.tagName}`);
      return undefined;
    });
    expect(seen).toEqual(['p@1<root', 'a@1<p']);
  });
});

describe('a deep tree', () => {
  it('is walked without exhausting the call stack', () => {
    const root: MdastRoot = { type: 'root', children: [] };
    let parent: MdastRoot | Blockquote = root;
    for (let depth = 0; depth < 200_000; depth++) {
      const quote: Blockquote = { type: 'blockquote', children: [] };
      parent.children.push(quote);
      parent = quote;
    }
    let visited = 0;
    walkMdast(root, () => {
      visited++;
      return undefined;
    });
    expect(visited).toBe(200_000);
  });
});
