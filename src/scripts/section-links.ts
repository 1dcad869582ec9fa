/**
 * Adds a "Copy link" button beside every section's (and glossary term's) self-link: it copies the full URL,
 * ready to paste into a chat or a bug report. Added by script, so no dead button shows without JavaScript. On a
 * touch screen it shows as an icon at the heading's right edge, in room the heading keeps for it, so it never
 * takes a line of its own (src/styles/global.css). Each button's name is its link's data-copy-label; the other
 * words come from the status line SectionLinks.astro renders, which announces the copy.
 */
import { uiText } from './ui-text.ts';

const live = document.querySelector<HTMLElement>('.copy-link-status');
const { t } = uiText(live);

for (const anchor of document.querySelectorAll<HTMLAnchorElement>('main .heading-link')) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-link';
  button.setAttribute('aria-label', anchor.dataset['copyLabel'] ?? t('links.copy'));
  const text = document.createElement('span');
  text.className = 'copy-link-text';
  text.textContent = t('links.copy');
  // The icon is drawn by CSS (src/styles/global.css), so this script stays small.
  button.append(text);
  button.addEventListener('click', () => {
    const url = new URL(anchor.getAttribute('href') ?? '', location.href).href;
    navigator.clipboard.writeText(url).then(
      () => {
        text.textContent = t('links.copied');
        if (live) live.textContent = t('links.copiedStatus', { url });
        setTimeout(() => (text.textContent = t('links.copy')), 2000);
      },
      () => {
        // Clipboard blocked: put the URL in the address bar so it can be copied from there.
        history.replaceState(null, '', url);
        if (live) live.textContent = t('links.copyBlocked');
      },
    );
  });
  anchor.after(button);
}

// "Copy page": the page's Markdown twin (the "Markdown" link's target, PageMarkdown.astro) to the clipboard. Here
// rather than in a script of its own: every page with the link loads this one, and a module costs bytes.
const markdown = document.querySelector<HTMLAnchorElement>('a.page-markdown-link');
if (markdown && typeof navigator.clipboard?.writeText === 'function') {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-page';
  button.textContent = t('page.copyMarkdown');
  button.setAttribute('aria-label', t('page.copyMarkdownLabel'));
  button.addEventListener('click', () => {
    fetch(markdown.href)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then((text) => navigator.clipboard.writeText(text))
      .then(
        () => {
          button.textContent = t('page.copiedMarkdown');
          if (live) live.textContent = t('page.copiedMarkdownStatus');
          setTimeout(() => (button.textContent = t('page.copyMarkdown')), 2000);
        },
        () => {
          if (live) live.textContent = t('page.copyMarkdownBlocked');
        },
      );
  });
  markdown.before(button);
}
