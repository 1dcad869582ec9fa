/**
 * Checklist item ids, shared by the content graph (link checks) and the Markdown pipeline (rendering).
 * An id comes from the item's text, so saved progress follows an item when items are reordered, inserted
 * or removed; `{#id}` at the end of an item pins an id that survives rewording.
 *
 *   - [ ] Attach the guest XML {#guest-xml}   ->  id "guest-xml"
 *   - [ ] Attach the guest XML                ->  id "item-attach-the-guest-xml"
 */
import GithubSlugger from 'github-slugger';
import type { ListItem, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, walkMdast } from './walk-tree.ts';
import { mdastInlineOnly } from './inline-only.ts';

const pinnedIdPattern = /\s*\{#([^\s{}]+)\}\s*$/;
/** Long items make long URLs: ids keep at most this many characters of the text, cut at a word boundary. */
const maxSlugLength = 48;

export interface ChecklistItem {
  id: string;
  /** The item's own text (first paragraph), without any `{#id}` pin. */
  text: string;
  checked: boolean;
  pinned: boolean;
  line: number;
  column: number;
  node: ListItem;
}

function firstParagraph(item: ListItem): Paragraph | undefined {
  const first = item.children[0];
  return first?.type === 'paragraph' ? first : undefined;
}

function takePinnedId(paragraph: Paragraph | undefined): string | undefined {
  const last = paragraph?.children.at(-1);
  if (!paragraph || !last || last.type !== 'text') return undefined;
  const match = pinnedIdPattern.exec(last.value);
  if (!match) return undefined;
  last.value = last.value.slice(0, match.index);
  if (last.value === '') paragraph.children.pop();
  return match[1];
}

export function itemSlug(text: string): string {
  const slug = new GithubSlugger().slug(text);
  if (slug.length <= maxSlugLength) return slug;
  const cut = slug.slice(0, maxSlugLength);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

/**
 * Finds every task item of a document, removes `{#id}` pins from their text and returns them with unique ids.
 * `taken` holds ids already used on the page (headings); a generated id that collides gets -1, -2...
 */
export function assignChecklistIds(tree: Root, taken: Iterable<string> = []): ChecklistItem[] {
  const used = new Set(taken);
  const items: ChecklistItem[] = [];
  walkMdast(tree, (node) => {
    if (node.type !== 'listItem') return mdastInlineOnly.has(node.type) ? SKIP : undefined;
    if (typeof node.checked !== 'boolean') return;
    const paragraph = firstParagraph(node);
    // Idempotent: an item seen by an earlier pass over the same tree keeps its id (its pin is already gone).
    const earlier = (node.data as { checklistItem?: { id: string; pinned: boolean } } | undefined)?.checklistItem;
    const pinned = earlier ? (earlier.pinned ? earlier.id : undefined) : takePinnedId(paragraph);
    const text = paragraph ? toString(paragraph).trim() : '';
    let id = earlier?.id ?? pinned ?? `item-${itemSlug(text) || 'untitled'}`;
    if (!pinned && !earlier) {
      const base = id;
      for (let n = 1; used.has(id); n++) id = `${base}-${n}`;
    }
    used.add(id);
    node.data = { ...node.data, checklistItem: { id, pinned: pinned !== undefined } } as typeof node.data;
    items.push({
      id,
      text,
      checked: node.checked,
      pinned: pinned !== undefined,
      line: node.position?.start.line ?? 0,
      column: node.position?.start.column ?? 0,
      node,
    });
    return undefined;
  });
  return items;
}
