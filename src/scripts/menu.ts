/**
 * The mobile menu: on narrow screens the site navigation hides behind a "Menu" button. Without scripts the
 * navigation simply follows the article, so nothing is lost. Escape closes the menu and returns focus.
 */
const button = document.querySelector<HTMLButtonElement>('.menu-toggle');
const nav = document.getElementById('site-nav');

if (button && nav) {
  button.hidden = false;
  const setOpen = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    nav.classList.toggle('open', open);
  };
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    setOpen(open);
    if (open) nav.querySelector<HTMLElement>('a')?.focus();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      setOpen(false);
      button.focus();
    }
  });
  // Keep focus inside the open menu: tabbing past its last link wraps to the button.
  nav.addEventListener('focusout', (event) => {
    if (button.getAttribute('aria-expanded') !== 'true') return;
    const next = event.relatedTarget as Node | null;
    if (next && !nav.contains(next) && next !== button) button.focus();
  });
}
