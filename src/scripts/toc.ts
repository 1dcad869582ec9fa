/**
 * Marks the table-of-contents entry of the section being read (aria-current="true") as the reader scrolls.
 */
const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
const targets = links
  .map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))))
  .filter((el): el is HTMLElement => el !== null);

function update(): void {
  // The current section is the last heading above the top fifth of the viewport.
  const line = window.innerHeight / 5;
  let current = targets[0];
  for (const target of targets) if (target.getBoundingClientRect().top <= line) current = target;
  for (const link of links) {
    if (current && link.hash === `#${current.id}`) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}

if (targets.length > 0) {
  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      update();
    });
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('hashchange', schedule);
  update();
}
