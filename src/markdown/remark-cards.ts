/**
 * remark plugin: a `:::cards` block turns the list inside it into a grid of cards, one per item; each item's
 * first paragraph (usually a link) is the card's title. The block itself leaves no trace, so a card list reads as
 * a plain list where the site's styles do not apply (a feed reader, the code host's file view).
 *
 *   :::cards                                  <ul class="cards">
 *   - [Report a bug](manual/bugs.md)  ->   <li class="card"><p class="card-title"><a ...>Report a bug</a></p>
 *                                                 <p>What to collect first.</p></li>
 *     What to collect first.                  </ul>
 *   :::
 *
 * Runs before remark-callouts, which gives any directive it does not know back as text.
 */
import type { List, Paragraph, Root } from 'mdast';
import { cardsDirective } from '../lib/directive-names.ts';
import { walkMdast } from '../lib/walk-tree.ts';

function addClass(node: List | Paragraph | List['children'][number], className: string): void {
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, className: [className] } };
}

export default function remarkCards() {
  return (tree: Root) => {
    walkMdast(tree, (node, index, parent) => {
      if (node.type !== 'containerDirective' || node.name !== cardsDirective) return;
      for (const child of node.children) {
        if (child.type !== 'list') continue;
        addClass(child, 'cards');
        // Loose, so every item keeps its paragraphs (the first one is the title) as elements to style.
        child.spread = true;
        for (const item of child.children) {
          addClass(item, 'card');
          const [first] = item.children;
          if (first?.type === 'paragraph') addClass(first, 'card-title');
        }
      }
      parent.children.splice(index, 1, ...node.children);
      // Go on with the block's content, now in its place: a callout may sit inside a card.
      return index;
    });
  };
}
