/**
 * remark plugin: turns `:::note`, `:::tip`, `:::caution` and `:::danger` container directives into accessible
 * asides, and gives every other directive back its source text. remark-directive reads any `:word` as a text
 * directive ("10:30" would lose ":30"), and our content uses no text directives, so restoring them keeps
 * everything a contributor wrote. A callout without a title of its own is named by its kind, in the site's words
 * (UI strings `callout.note` and friends).
 *
 *   :::tip[Quick test]          <aside class="callout callout-tip" aria-label="Tip">
 *   Run `virsh version`.   ->     <p class="callout-title">Quick test</p><p>Run ...</p>
 *   :::                         </aside>
 */
import type { Paragraph, Root, RootContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import { defaultUiStrings } from '../config/ui-strings.ts';
import type { CalloutName } from '../lib/directive-names.ts';
import { walkMdast } from '../lib/walk-tree.ts';

/** The kinds, each with the UI string that names it: every name the content rule knows, and no other. */
export const calloutKinds = {
  note: 'callout.note',
  tip: 'callout.tip',
  caution: 'callout.caution',
  danger: 'callout.danger',
} as const satisfies Record<CalloutName, string>;
export type CalloutKind = keyof typeof calloutKinds;

export interface CalloutOptions {
  /** The name of each kind, shown as the title of a callout without one and as its accessible name. */
  names?: Readonly<Record<CalloutKind, string>>;
}

const defaultNames = Object.fromEntries(
  Object.entries(calloutKinds).map(([kind, key]) => [kind, defaultUiStrings[key]]),
) as Record<CalloutKind, string>;

export function isCalloutKind(name: string): name is CalloutKind {
  return Object.hasOwn(calloutKinds, name);
}

export default function remarkCallouts({ names = defaultNames }: CalloutOptions = {}) {
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
          children: hasLabel ? first.children : [{ type: 'text', value: names[kind] }],
          data: { hProperties: { className: ['callout-title'] } },
        };
        node.data = {
          hName: 'aside',
          hProperties: { className: ['callout', `callout-${kind}`], ariaLabel: names[kind] },
        };
        node.children = [title, ...(hasLabel ? rest : node.children)];
        return;
      }
      // Tabs remark-tabs.ts rendered (it runs first); their tabs may hold callouts.
      if (node.type === 'containerDirective' && node.data?.hName) return;
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
