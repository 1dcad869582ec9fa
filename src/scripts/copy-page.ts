/**
 * "Copy page": copies the page's Markdown twin (the "Markdown" link's target) to the clipboard, ready to paste
 * into a chat, an issue or an assistant. Added only where the clipboard can be written, so no dead button shows
 * without JavaScript or in a context that forbids it; the link itself always works.
 */
import { uiText } from './ui-text.ts';

const link = document.querySelector<HTMLAnchorElement>('a.page-markdown-link');
const status = document.querySelector<HTMLElement>('.page-markdown-status');
if (link && navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
  const { t } = uiText(link);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-page';
  button.textContent = t('page.copyMarkdown');
  button.setAttribute('aria-label', t('page.copyMarkdownLabel'));
  button.addEventListener('click', () => {
    fetch(link.href)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then((text) => navigator.clipboard.writeText(text))
      .then(
        () => {
          button.textContent = t('page.copiedMarkdown');
          if (status) status.textContent = t('page.copiedMarkdownStatus');
          setTimeout(() => (button.textContent = t('page.copyMarkdown')), 2000);
        },
        () => {
          if (status) status.textContent = t('page.copyMarkdownBlocked');
        },
      );
  });
  link.before(button);
}
