/**
 * A section's tools, added beside the self-link every h2 and h3 has (src/markdown/rehype-heading-links.ts):
 *
 * - "Copy link" copies the section's full URL, ready to paste into a chat or a bug report (glossary terms get it
 *   too);
 * - "Copy section" copies the section as Markdown (its part of the page's twin, then its URL), for quoting in a
 *   chat or an issue; offered where the page has a twin and the clipboard works;
 * - the "Source" and "Report" links the build wrote, which need no script, join them.
 *
 * With a mouse they sit after the heading, shown on hover and focus. On a touch screen, where four icons would
 * squeeze the heading's words, they go into one menu opened by a single icon at the heading's right edge (a
 * native popover: no positioning script, closed by a tap outside or Escape). Added by script, so no dead button
 * shows without JavaScript; the build's links show as icons then (src/styles/global.css).
 *
 * Each button's words come from the status line SectionLinks.astro renders, which announces every copy.
 */
import { uiText } from './ui-text.ts';

const live = document.querySelector<HTMLElement>('.copy-link-status');
const { t } = uiText(live);
const announce = (text: string) => {
  if (live) live.textContent = text;
};
const clipboard = typeof navigator.clipboard?.writeText === 'function' ? navigator.clipboard : undefined;
const markdown = document.querySelector<HTMLAnchorElement>('a.page-markdown-link');
const popovers = typeof HTMLElement.prototype.showPopover === 'function';

/**
 * Puts text on the clipboard. Where ClipboardItem takes a promise, the text may still be loading: Safari only
 * lets a page write during the tap that asked, and fetching the twin outlasts it.
 */
function copy(text: Promise<string>): Promise<void> {
  if (!clipboard) return Promise.reject(new Error('no clipboard'));
  if (typeof clipboard.write === 'function' && typeof ClipboardItem === 'function') {
    const blob = text.then((value) => new Blob([value], { type: 'text/plain' }));
    return clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
  }
  return text.then((value) => clipboard.writeText(value));
}

/** The page's Markdown twin, fetched once. */
let twin: Promise<string> | undefined;
const twinText = (href: string) =>
  (twin ??= fetch(href).then((response) =>
    response.ok ? response.text() : Promise.reject(new Error(String(response.status))),
  ));

/** A button with a label shown beside its CSS icon, the label swapped for `done` a moment after it worked. */
function button(className: string, label: string, name: string) {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  element.setAttribute('aria-label', name);
  const text = document.createElement('span');
  text.className = `${className}-text`;
  text.textContent = label;
  element.append(text);
  const done = (words: string) => {
    text.textContent = words;
    setTimeout(() => (text.textContent = label), 2000);
  };
  return { element, done };
}

/** A heading's own words, without its controls. */
function headingText(heading: Element): string {
  let text = '';
  for (const node of heading.childNodes) {
    if (node instanceof Element && node.matches('.heading-link')) break;
    text += node.textContent ?? '';
  }
  return text.trim();
}

function copyLinkButton(anchor: HTMLAnchorElement) {
  const { element, done } = button('copy-link', t('links.copy'), anchor.dataset['copyLabel'] ?? t('links.copy'));
  element.addEventListener('click', () => {
    const url = new URL(anchor.getAttribute('href') ?? '', location.href).href;
    copy(Promise.resolve(url)).then(
      () => {
        done(t('links.copied'));
        announce(t('links.copiedStatus', { url }));
      },
      () => {
        // Clipboard blocked: put the URL in the address bar so it can be copied from there.
        history.replaceState(null, '', url);
        announce(t('links.copyBlocked'));
      },
    );
  });
  return element;
}

function copySectionButton(heading: HTMLElement, anchor: HTMLAnchorElement, twinHref: string) {
  const name = headingText(heading);
  const { element, done } = button('copy-section', t('links.copySection'), t('links.copySectionOf', { name }));
  element.title = t('links.copySection'); // With a mouse it shows as an icon only.
  element.addEventListener('click', () => {
    const url = new URL(anchor.getAttribute('href') ?? '', location.href).href;
    const level = Number(heading.tagName.slice(1));
    // The n-th heading of these words and level, for a page that repeats one ("Example").
    const occurrence = [...document.querySelectorAll(`main article h${level}`)]
      .filter((other) => headingText(other).toLowerCase() === name.toLowerCase())
      .indexOf(heading);
    // Loaded on the first copy: most readers never quote a section.
    const text = Promise.all([import('./section-markdown.ts'), twinText(twinHref)]).then(
      ([{ sectionMarkdown, sectionClip }, markdownText]) => {
        const section = sectionMarkdown(markdownText, { text: name, level, occurrence });
        return section === undefined ? Promise.reject(new Error('no such section')) : sectionClip(section, url);
      },
    );
    copy(text).then(
      () => {
        done(t('links.copied'));
        announce(t('links.copiedSectionStatus', { name }));
      },
      () => announce(t('links.copySectionBlocked')),
    );
  });
  return element;
}

for (const anchor of document.querySelectorAll<HTMLAnchorElement>('main .heading-link')) {
  const heading = anchor.parentElement;
  const copyLink = copyLinkButton(anchor);
  if (!heading || !/^H[23]$/.test(heading.tagName)) {
    anchor.after(copyLink); // A glossary term: its link is the one tool.
    continue;
  }
  const tools: Element[] = [copyLink];
  // The layout's own headings (Sources, Linked from) are not in the page's Markdown.
  if (markdown && clipboard && !heading.closest('.sources, .backlinks'))
    tools.push(copySectionButton(heading, anchor, markdown.href));
  tools.push(...heading.querySelectorAll(':scope > .source-link, :scope > .report-link'));
  const menu = document.createElement('span');
  menu.className = 'section-tools';
  // Shown at the top of the sheet on a touch screen, so the reader sees which section the tools act on.
  const title = document.createElement('span');
  title.className = 'section-tools-title';
  title.textContent = headingText(heading);
  menu.append(title, ...tools);
  if (popovers) {
    const toggle = document.createElement('button');
    toggle.type = 'button';
    toggle.className = 'section-tools-toggle';
    toggle.setAttribute('aria-label', t('links.sectionTools', { name: headingText(heading) }));
    menu.popover = 'auto';
    toggle.popoverTargetElement = menu;
    // A copy closes the menu once its "Copied" has been seen.
    menu.addEventListener('click', (event) => {
      if ((event.target as Element).closest('button') && menu.matches(':popover-open'))
        setTimeout(() => menu.hidePopover(), 700);
    });
    anchor.after(toggle, menu);
  } else anchor.after(menu);
}

// "Copy page": the page's Markdown twin (the "Markdown" link's target, PageMarkdown.astro) to the clipboard. Here
// rather than in a script of its own: every page with the link loads this one, and a module costs bytes.
if (markdown && clipboard) {
  const { element, done } = button('copy-page', t('page.copyMarkdown'), t('page.copyMarkdownLabel'));
  element.addEventListener('click', () => {
    copy(twinText(markdown.href)).then(
      () => {
        done(t('page.copiedMarkdown'));
        announce(t('page.copiedMarkdownStatus'));
      },
      () => announce(t('page.copyMarkdownBlocked')),
    );
  });
  markdown.before(element);
}
