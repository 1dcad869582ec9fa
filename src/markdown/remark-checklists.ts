/**
 * remark plugin: turns GFM task items into real checklist items: a stable id on the <li> (deep-linkable), an
 * enabled checkbox with its own id, and a <label> around the item's text. Ids come from lib/checklist-ids.ts,
 * the same function the content check uses. Scripts (src/scripts/checklist.ts) add saving and progress; without
 * them the boxes still render and can be ticked.
 *
 *   - [ ] Attach the guest XML  ->  <li class="task" id="item-attach-the-guest-xml" data-task="..." data-pagefind-title="...">
 *                                     <input type="checkbox" id="check-item-attach-the-guest-xml" data-item="item-attach-the-guest-xml">
 *                                     <label for="check-item-attach-the-guest-xml">Attach the guest XML</label></li>
 */
import type { List, ListItem, Paragraph, PhrasingContent, Root } from 'mdast';
import { SKIP, walkMdast } from '../lib/walk-tree.ts';
import { mdastInlineOnly } from '../lib/inline-only.ts';
import { assignChecklistIds } from '../lib/checklist-ids.ts';

function headingIds(tree: Root): string[] {
  const ids: string[] = [];
  walkMdast(tree, (node) => {
    if (node.type === 'heading') {
      const id = node.data?.hProperties?.['id'];
      if (typeof id === 'string') ids.push(id);
    }
    return mdastInlineOnly.has(node.type) ? SKIP : undefined;
  });
  return ids;
}

function renderItem(item: ListItem, id: string, checked: boolean, text: string): void {
  const first = item.children[0];
  const label: PhrasingContent[] = first?.type === 'paragraph' ? first.children : [];
  const checkbox = {
    type: 'checklistBox',
    data: {
      hName: 'input',
      hProperties: { type: 'checkbox', id: `check-${id}`, dataItem: id, ...(checked ? { checked: true } : {}) },
    },
  };
  const labelNode = {
    type: 'checklistLabel',
    children: label,
    data: { hName: 'label', hProperties: { htmlFor: `check-${id}` } },
  };
  const lead: Paragraph = {
    type: 'paragraph',
    children: [checkbox as never, { type: 'text', value: ' ' }, labelNode as never],
  };
  lead.data = { hName: 'div', hProperties: { className: ['task-line'] } };
  item.children = [lead, ...(first?.type === 'paragraph' ? item.children.slice(1) : item.children)];
  // remark-rehype would add its own disabled checkbox for `checked`; we render ours instead.
  item.checked = null;
  // Pagefind never indexes <label> text; it indexes this attribute instead, so items are findable. The title
  // makes each item a sub-result of its own: a search lists the matching items under their page, deep-linked.
  item.data = {
    ...item.data,
    hProperties: {
      className: ['task'],
      id,
      dataTask: text,
      dataPagefindIndexAttrs: 'data-task',
      dataPagefindTitle: text,
    },
  };
}

export default function remarkChecklists() {
  return (tree: Root) => {
    const items = assignChecklistIds(tree, headingIds(tree));
    const lists = new Set<List>();
    for (const item of items) renderItem(item.node, item.id, item.checked, item.text);
    walkMdast(tree, (node) => {
      if (
        node.type === 'list' &&
        node.children.some((child) => child.data?.hProperties?.['className']?.toString() === 'task')
      )
        lists.add(node);
      return mdastInlineOnly.has(node.type) ? SKIP : undefined;
    });
    for (const list of lists)
      list.data = { ...list.data, hProperties: { ...list.data?.hProperties, className: ['checklist'] } };
  };
}
