/**
 * Adds a "Copy" button to every code block: a real <button>, so it works with the keyboard. Added by script,
 * so no dead button shows without JavaScript. It goes in the block's caption bar (title or language), which
 * keeps room for it, so it never covers code. In `diff` blocks it copies the text as shown, markers included.
 * Its words come from the status line CodeCopy.astro renders, which also announces the copy.
 */
import { uiText } from './ui-text.ts';

const status = document.querySelector<HTMLElement>('.copy-code-status');
const { t } = uiText(status);

for (const figure of document.querySelectorAll<HTMLElement>('main figure.code')) {
  const code = figure.querySelector('pre code');
  if (!code) continue;
  const title = figure.querySelector('.code-title:not(.code-lang)')?.textContent;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-code';
  button.textContent = t('code.copy');
  button.setAttribute('aria-label', title ? t('code.copyLabelNamed', { title }) : t('code.copyLabel'));
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(code.textContent ?? '').then(
      () => {
        button.textContent = t('code.copied');
        if (status) status.textContent = t('code.copied');
        setTimeout(() => (button.textContent = t('code.copy')), 2000);
      },
      () => {
        // Clipboard blocked: select the code so the reader can copy it by hand.
        const range = document.createRange();
        range.selectNodeContents(code);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        button.textContent = t('code.copyBlocked');
        if (status) status.textContent = t('code.copyBlocked');
      },
    );
  });
  figure.append(button);
}
