/**
 * remark plugin: turns `:::note`, `:::tip`, `:::caution` and `:::danger` container directives into accessible
 * asides, and gives every other directive back its source text. remark-directive reads any `:word` as a text
 * directive ("10:30" would lose ":30"), and our content uses no text directives, so restoring them keeps
 * everything a contributor wrote.
 *
 *   :::tip[Quick test]          <aside class="callout callout-tip" aria-label="Tip">
 *   Run `virsh version`.   ->     <p class="callout-title">Quick test</p><p>Run ...</p>
 *   :::                         </aside>
 */
import type { Paragraph, Root, RootContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import type { CalloutName } from '../lib/directive-names.ts';
import { walkMdast } from '../lib/walk-tree.ts';

// Every name the content rule knows (src/lib/directive-names.ts), and no other.
export const calloutKinds = {
  note: 'Note',
  tip: 'Tip',
  caution: 'Caution',
  danger: 'Danger',
} as const satisfies Record<CalloutName, string>;
export type CalloutKind = keyof typeof calloutKinds;

export function isCalloutKind(name: string): name is CalloutKind {
  return Object.hasOwn(calloutKinds, name);
}

export default function remarkCallouts() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    walkMdast(tree, (node, index, parent) => {
      if (node.type !== 'containerDirective' && node.type !== 'leafDirective' && node.type !== 'textDirective') return;
      if (node.type === 'containerDirective' && isCalloutKind(node.name)) {
        const kind = node.name;
        const [first, ...rest] = node.children;
        const hasLabel = first?.type === 'paragraph' && first.data?.directiveLabel === true;
        const title: Paragraph = {
          type: 'paragraph',
          children: hasLabel ? first.children : [{ type: 'text', value: calloutKinds[kind] }],
          data: { hProperties: { className: ['callout-title'] } },
        };
        node.data = {
          hName: 'aside',
          hProperties: { className: ['callout', `callout-${kind}`], ariaLabel: calloutKinds[kind] },
        };
        node.children = [title, ...(hasLabel ? rest : node.children)];
        return;
      }
      // Not a callout: restore exactly what was written. (The check reports unknown ::: blocks.)
      if (!parent || index === undefined) return;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const value = start !== undefined && end !== undefined ? source.slice(start, end) : `:${node.name}`;
      const text: Text = { type: 'text', value };
      const replacement: RootContent = node.type === 'textDirective' ? text : { type: 'paragraph', children: [text] };
      parent.children.splice(index, 1, replacement as never);
      return index + 1;
    });
  };
}
