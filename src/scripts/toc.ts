/**
 * Marks the table-of-contents entry of the section being read (aria-current="true") as the reader scrolls.
 * Each link is paired with its heading once, as the browser finds a fragment's target: an id is any text a
 * contributor pinned, so "#50%off" is no valid percent-encoding and "#%C3%BCber" is how "über" is written in a
 * URL; the link's own hash is never compared with an id.
 */
function fragmentTarget(link: HTMLAnchorElement): HTMLElement | null {
  const fragment = link.hash.slice(1);
  let decoded = fragment;
  try {
    decoded = decodeURIComponent(fragment);
  } catch {
    // Not percent-encoding: the browser looks the fragment up as written.
  }
  return document.getElementById(decoded) ?? document.getElementById(fragment);
}

const sections = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')]
  .map((link) => ({ link, target: fragmentTarget(link) }))
  .filter((section): section is { link: HTMLAnchorElement; target: HTMLElement } => section.target !== null);

function update(): void {
  // The current section is the last heading above the top fifth of the viewport.
  const line = window.innerHeight / 5;
  let current = sections[0]?.target;
  for (const { target } of sections) if (target.getBoundingClientRect().top <= line) current = target;
  for (const { link, target } of sections) {
    if (target === current) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}

if (sections.length > 0) {
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
