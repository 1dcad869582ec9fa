/**
 * Tabs (src/markdown/remark-tabs.ts): turns each `.tabs` block's labelled panels into the ARIA tabs pattern: a
 * tab list of buttons, one panel shown at a time, arrow keys (and Home/End) moving between tabs, the selected
 * tab the only one in the Tab order. Tabs with the same `data-tabs-sync` key switch together, on this page and
 * on the next (the choice is kept in localStorage). Without this script every panel shows under its label.
 */
const storagePrefix = 'folio:tabs:';

function stored(key: string): string | null {
  try {
    return localStorage.getItem(storagePrefix + key);
  } catch {
    return null;
  }
}

function store(key: string, label: string): void {
  try {
    localStorage.setItem(storagePrefix + key, label);
  } catch {
    // Storage blocked: the choice holds for this page only.
  }
}

interface TabSet {
  root: HTMLElement;
  sync: string | undefined;
  tabs: HTMLButtonElement[];
  panels: HTMLElement[];
}

const sets: TabSet[] = [];

function select(set: TabSet, index: number, focus = false): void {
  set.tabs.forEach((tab, i) => {
    const selected = i === index;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    const panel = set.panels[i];
    if (panel) panel.hidden = !selected;
  });
  if (focus) set.tabs[index]?.focus();
}

/** Selects the tab with this label in every set of the key (the others keep theirs). */
function selectEverywhere(key: string, label: string): void {
  for (const set of sets) {
    if (set.sync !== key) continue;
    const index = set.panels.findIndex((panel) => panel.dataset['tabLabel'] === label);
    if (index !== -1) select(set, index);
  }
}

let count = 0;
for (const root of document.querySelectorAll<HTMLElement>('.tabs')) {
  const panels = [...root.children].filter(
    (child): child is HTMLElement => child instanceof HTMLElement && child.classList.contains('tab-panel'),
  );
  if (panels.length === 0) continue;
  const set: TabSet = { root, sync: root.dataset['tabsSync'], tabs: [], panels };
  const list = document.createElement('div');
  list.setAttribute('role', 'tablist');
  list.className = 'tab-list';
  const prefix = `tabset-${++count}`;
  panels.forEach((panel, index) => {
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.setAttribute('role', 'tab');
    tab.id = `${prefix}-tab-${index}`;
    // The label as written, emphasis and code included.
    const label = panel.querySelector(':scope > .tab-label');
    tab.append(...[...(label?.childNodes ?? [])].map((node) => node.cloneNode(true)));
    panel.id = `${prefix}-panel-${index}`;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tab.id);
    panel.tabIndex = 0;
    tab.setAttribute('aria-controls', panel.id);
    tab.addEventListener('click', () => {
      select(set, index);
      const text = panel.dataset['tabLabel'];
      if (set.sync && text !== undefined) {
        selectEverywhere(set.sync, text);
        store(set.sync, text);
      }
    });
    tab.addEventListener('keydown', (event) => {
      const last = panels.length - 1;
      const next =
        event.key === 'ArrowRight'
          ? index === last
            ? 0
            : index + 1
          : event.key === 'ArrowLeft'
            ? index === 0
              ? last
              : index - 1
            : event.key === 'Home'
              ? 0
              : event.key === 'End'
                ? last
                : undefined;
      if (next === undefined) return;
      event.preventDefault();
      set.tabs[next]?.click();
      set.tabs[next]?.focus();
    });
    set.tabs.push(tab);
    list.append(tab);
  });
  root.prepend(list);
  root.classList.add('tabs-ready');
  sets.push(set);
  const remembered = set.sync ? stored(set.sync) : null;
  const start = remembered === null ? -1 : panels.findIndex((panel) => panel.dataset['tabLabel'] === remembered);
  select(set, Math.max(0, start));
}

// Another tab of the browser chose: follow it.
window.addEventListener('storage', (event) => {
  if (event.key?.startsWith(storagePrefix) && event.newValue !== null)
    selectEverywhere(event.key.slice(storagePrefix.length), event.newValue);
});
