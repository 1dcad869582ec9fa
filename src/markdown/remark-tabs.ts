/**
 * remark plugin: a `::::tabs` block of `:::tab[Label]` blocks becomes a set of tabs. The page holds every tab's
 * content, each under its label, so it reads whole without JavaScript, in print and in search (Pagefind indexes
 * every tab); the script src/scripts/tabs.ts turns the labels into an ARIA tab list and shows one tab at a time.
 * Tabs with the same `sync` key switch together, across the page and the site, and the choice is remembered.
 *
 *   ::::tabs{sync=distro}            <div class="tabs" data-tabs-sync="distro">
 *   :::tab[Fedora / RHEL]              <div class="tab-panel" data-tab-label="Fedora / RHEL">
 *   `sudo dnf upgrade openssl`   ->      <p class="tab-label">Fedora / RHEL</p><p><code>...</code></p></div>
 *   :::                                <div class="tab-panel" data-tab-label="Debian / Ubuntu">...</div>
 *   :::tab[Debian / Ubuntu]          </div>
 *   ...
 *   :::
 *   ::::
 *
 * Runs before remark-callouts, which gives any directive it does not know back as text; a block of the wrong
 * shape (a tab outside tabs, text between tabs) is left as it is for the content check to report
 * (src/lib/rules/directives.ts).
 */
import type { Paragraph, Root } from 'mdast';
import { tabDirective, tabsDirective } from '../lib/directive-names.ts';
import { plainText } from '../lib/title-heading.ts';
import { walkMdast } from '../lib/walk-tree.ts';

export default function remarkTabs() {
  return (tree: Root) => {
    walkMdast(tree, (node) => {
      if (node.type !== 'containerDirective' || node.name !== tabsDirective) return undefined;
      const sync = node.attributes?.['sync'];
      node.data = {
        hName: 'div',
        hProperties: { className: ['tabs'], ...(sync ? { dataTabsSync: sync } : {}) },
      };
      for (const tab of node.children) {
        if (tab.type !== 'containerDirective' || tab.name !== tabDirective) continue;
        const [first, ...rest] = tab.children;
        if (first?.type !== 'paragraph' || first.data?.directiveLabel !== true) continue;
        const label: Paragraph = { ...first, data: { hProperties: { className: ['tab-label'] } } };
        tab.data = { hName: 'div', hProperties: { className: ['tab-panel'], dataTabLabel: plainText(first) } };
        tab.children = [label, ...rest];
      }
      return undefined;
    });
  };
}
