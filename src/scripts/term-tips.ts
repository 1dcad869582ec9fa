/**
 * Glossary previews: a link to a glossary term shows the term's definition on hover and on keyboard focus, in a
 * tooltip positioned over the page (no layout shift). The link still navigates to the glossary when followed.
 * Definitions come from the page (#term-definitions, rendered from the content graph).
 */
const definitions = document.getElementById('term-definitions');
const tip = document.createElement('div');
tip.id = 'term-tip';
tip.className = 'term-tip';
tip.setAttribute('role', 'tooltip');
tip.hidden = true;
document.body.append(tip);
let owner: HTMLElement | null = null;

function show(link: HTMLElement): void {
  const term = link.dataset['term'] ?? '';
  const source = definitions?.querySelector<HTMLElement>(`[data-term="${CSS.escape(term)}"]`);
  if (!source) return;
  tip.replaceChildren(...[...source.childNodes].map((node) => node.cloneNode(true)));
  tip.hidden = false;
  const box = link.getBoundingClientRect();
  const width = Math.min(320, document.documentElement.clientWidth - 16);
  tip.style.setProperty('--tip-width', `${width}px`);
  const left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8));
  const below = box.bottom + 8 + tip.offsetHeight < window.innerHeight;
  tip.style.setProperty('--tip-left', `${left + window.scrollX}px`);
  tip.style.setProperty('--tip-top', `${(below ? box.bottom + 6 : box.top - tip.offsetHeight - 6) + window.scrollY}px`);
  link.setAttribute('aria-describedby', tip.id);
  owner = link;
}

function hide(): void {
  tip.hidden = true;
  owner?.removeAttribute('aria-describedby');
  owner = null;
}

for (const link of document.querySelectorAll<HTMLElement>('main a[data-term]')) {
  link.addEventListener('mouseenter', () => show(link));
  link.addEventListener('focus', () => show(link));
  link.addEventListener('mouseleave', hide);
  link.addEventListener('blur', hide);
}
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') hide();
});
