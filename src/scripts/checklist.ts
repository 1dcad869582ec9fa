/**
 * Checklists as tools: remembers ticks per page in localStorage (item ids come from the item text, so progress
 * follows items when the list changes), shows "N of M done", copies the list as Markdown, and resets.
 * Blocked or corrupt storage never breaks the page: progress then lasts for the visit only. The same checklist
 * open in two tabs stays in step: each tick is written over what storage holds now, not over what this tab read
 * when it opened, and the other tab shows it when the browser reports the change (the `storage` event).
 */
import {
  checklistToMarkdown,
  parseSavedProgress,
  serializeProgress,
  type ChecklistEntry,
} from '../lib/checklist-markdown.ts';
import { uiText } from './ui-text.ts';

const tools = document.querySelector<HTMLElement>('.checklist-tools');
const article = document.querySelector<HTMLElement>('main article');
// The tools' words, from their data-ui (src/components/ChecklistTools.astro).
const { t } = uiText(tools);

/** Saved progress, or undefined when storage cannot be read (blocked). */
function read(key: string): Map<string, boolean> | undefined {
  try {
    return parseSavedProgress(localStorage.getItem(key));
  } catch {
    return undefined;
  }
}

function write(key: string, state: ReadonlyMap<string, boolean>): void {
  try {
    localStorage.setItem(key, serializeProgress(state));
  } catch {
    // Storage blocked or full: keep the state for this visit only.
  }
}

/** The heading text without its "#" self-link, copy button and "View source" link. */
function headingText(heading: Element): string {
  const copy = heading.cloneNode(true) as Element;
  copy
    .querySelectorAll('.heading-link, .copy-link, .source-link, .report-link, .section-tools, .section-tools-toggle')
    .forEach((el) => el.remove());
  return copy.textContent ?? '';
}

function entries(root: HTMLElement): ChecklistEntry[] {
  return [...root.querySelectorAll('h2, h3, h4, li.task')].map((el): ChecklistEntry => {
    if (el.tagName !== 'LI') return { type: 'heading', depth: Number(el.tagName.slice(1)), text: headingText(el) };
    const box = el.querySelector<HTMLInputElement>(':scope > .task-line > input');
    const label = el.querySelector(':scope > .task-line > label');
    let depth = 0;
    for (let parent = el.parentElement?.closest('li.task'); parent; parent = parent.parentElement?.closest('li.task'))
      depth++;
    return { type: 'item', depth, text: label?.textContent ?? '', checked: box?.checked ?? false };
  });
}

/** Copies text; where the clipboard is unavailable, shows it selected so the reader can copy it by hand. */
async function copyText(text: string, after: Element): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.querySelector<HTMLTextAreaElement>('.checklist-export') ?? document.createElement('textarea');
    area.className = 'checklist-export';
    area.readOnly = true;
    area.rows = 8;
    area.setAttribute('aria-label', t('checklist.exportLabel'));
    area.value = text;
    after.after(area);
    area.select();
    return false;
  }
}

if (tools && article) {
  const key = `checklist:${tools.dataset['storageKey'] ?? location.pathname}`;
  const boxes = [...article.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-item]')];
  const status = tools.querySelector<HTMLElement>('.checklist-progress');
  const bar = tools.querySelector<HTMLProgressElement>('.checklist-bar');
  const feedback = tools.querySelector<HTMLElement>('.checklist-feedback');
  // What this tab knows; storage, when it can be read, is newer (another tab may have written it).
  let state = read(key) ?? new Map<string, boolean>();

  const render = () => {
    const done = boxes.filter((box) => box.checked).length;
    if (status) status.textContent = t('checklist.progress', { done, total: boxes.length });
    if (bar) bar.value = done;
  };
  const show = () => {
    for (const box of boxes) {
      const saved = state.get(box.dataset['item'] ?? '');
      if (saved !== undefined) box.checked = saved;
    }
    render();
  };
  for (const box of boxes) {
    box.addEventListener('change', () => {
      state = new Map(read(key) ?? state).set(box.dataset['item'] ?? '', box.checked);
      write(key, state);
      render();
    });
  }
  // Another tab changed this checklist's progress, removed it, or cleared all storage (key null).
  window.addEventListener('storage', (event) => {
    if (event.key !== key && event.key !== null) return;
    state = parseSavedProgress(event.newValue);
    if (event.newValue === null) for (const box of boxes) box.checked = box.defaultChecked;
    show();
  });
  show();
  tools.querySelector('[data-action="copy"]')?.addEventListener('click', () => void copyChecklist());
  const copyChecklist = async () => {
    const markdown = checklistToMarkdown({
      title: document.querySelector('h1')?.textContent ?? document.title,
      url: location.href.split('#')[0] ?? location.href,
      entries: entries(article),
      progress: t('checklist.exportDone'),
    });
    const copied = await copyText(markdown, tools);
    if (feedback) feedback.textContent = t(copied ? 'checklist.copied' : 'checklist.copyBlocked');
  };
  tools.querySelector('[data-action="reset"]')?.addEventListener('click', () => {
    if (!window.confirm(t('checklist.resetConfirm'))) return;
    state = new Map(boxes.map((box) => [box.dataset['item'] ?? '', false]));
    for (const box of boxes) box.checked = false;
    write(key, state);
    render();
    if (feedback) feedback.textContent = t('checklist.resetDone');
  });
  tools.hidden = false;
}
