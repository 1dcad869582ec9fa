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

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-language-link]');
  if (!link) return;
  const section = currentSection();
  if (section) link.href = `${link.href.split('#')[0]}${section}`;
});
