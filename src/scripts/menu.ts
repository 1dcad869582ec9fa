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
  // While open, the menu is a trap for the keyboard: Tab and Shift+Tab cycle through the button and the menu's
  // links, and Escape closes it and returns focus to the button.
  document.addEventListener('keydown', (event) => {
    if (button.getAttribute('aria-expanded') !== 'true') return;
    if (event.key === 'Escape') {
      setOpen(false);
      button.focus();
      return;
    }
    if (event.key !== 'Tab') return;
    const inMenu = [...nav.querySelectorAll<HTMLElement>('a[href], button')].filter((el) => el.checkVisibility());
    const stops = [button, ...inMenu];
    const at = stops.indexOf(document.activeElement as HTMLElement);
    const next = stops[(at + (event.shiftKey ? -1 : 1) + stops.length) % stops.length];
    event.preventDefault();
    next?.focus();
  });
}
