/**
 * Adds a "Copy link" button beside every section's self-link: it copies the section's full URL, ready to paste
 * into a chat or a bug report. Added by script, so no dead button shows without JavaScript.
 */
const live = document.createElement('p');
live.className = 'visually-hidden';
live.setAttribute('role', 'status');
live.setAttribute('aria-live', 'polite');
document.body.append(live);

for (const anchor of document.querySelectorAll<HTMLAnchorElement>('main .heading-link')) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-link';
  const label = anchor.getAttribute('aria-label')?.replace(/^Link to (section|term): /, '') ?? '';
  button.setAttribute('aria-label', `Copy link to section: ${label}`);
  button.textContent = 'Copy link';
  button.addEventListener('click', () => {
    const url = new URL(anchor.getAttribute('href') ?? '', location.href).href;
    navigator.clipboard.writeText(url).then(
      () => {
        button.textContent = 'Copied';
        live.textContent = `Link copied: ${url}`;
        setTimeout(() => (button.textContent = 'Copy link'), 2000);
      },
      () => {
        // Clipboard blocked: put the URL in the address bar so it can be copied from there.
        history.replaceState(null, '', url);
        live.textContent = 'Copying is blocked; the link is now in the address bar.';
      },
    );
  });
  anchor.after(button);
}
