/**
 * The language switcher keeps the reader's place: a link to the page in another language gets the id of the
 * section being read (the address's #fragment, else the last heading scrolled past). Translations keep their
 * sections' ids (`{#id}` pins), so the other language opens at the same section; where it has no such id, the
 * browser opens the page at its top, as the plain link would.
 */
function currentSection(): string {
  if (location.hash.length > 1) return location.hash;
  const headings = document.querySelectorAll<HTMLElement>('.prose :is(h2, h3)[id]');
  let passed = '';
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top > window.innerHeight / 3) break;
    passed = `#${heading.id}`;
  }
  return passed;
}

// The section is read when the menu opens: what the reader was looking at, before anything moves.
let section = '';
document.addEventListener(
  'toggle',
  (event) => {
    const menu = event.target as HTMLDetailsElement;
    if (menu.classList?.contains('languages') && menu.open) section = currentSection();
  },
  true,
);

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-language-link]');
  if (!link) return;
  const at = section || currentSection();
  if (at) link.href = `${link.href.split('#')[0]}${at}`;
});
