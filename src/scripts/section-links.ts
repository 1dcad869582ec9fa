/**
 * Adds a "Copy link" button beside every section's (and glossary term's) self-link: it copies the full URL,
 * ready to paste into a chat or a bug report. Added by script, so no dead button shows without JavaScript. On a
 * touch screen it shows as an icon at the heading's right edge, in room the heading keeps for it, so it never
 * takes a line of its own (src/styles/global.css).
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
  const [, kind = 'section', name = ''] =
    /^Link to (section|term): (.*)$/.exec(anchor.getAttribute('aria-label') ?? '') ?? [];
  button.setAttribute('aria-label', `Copy link to ${kind}: ${name}`);
  const text = document.createElement('span');
  text.className = 'copy-link-text';
  text.textContent = 'Copy link';
  // The icon is drawn by CSS (src/styles/global.css), so this script stays small.
  button.append(text);
  button.addEventListener('click', () => {
    const url = new URL(anchor.getAttribute('href') ?? '', location.href).href;
    navigator.clipboard.writeText(url).then(
      () => {
        text.textContent = 'Copied';
        live.textContent = `Link copied: ${url}`;
        setTimeout(() => (text.textContent = 'Copy link'), 2000);
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
