/**
 * Marks the table-of-contents entry of the section being read (aria-current="true") as the reader scrolls, in
 * the sidebar and in the folding "On this page" bar, whose summary also names that section. Choosing a section
 * in the bar folds it again, so the section is not hidden under the open list.
 *
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

const sections = [...document.querySelectorAll<HTMLAnchorElement>(':is(.toc, .toc-mobile) a[href^="#"]')]
  .map((link) => ({ link, target: fragmentTarget(link) }))
  .filter((section): section is { link: HTMLAnchorElement; target: HTMLElement } => section.target !== null);
const targets = [...new Set(sections.map(({ target }) => target))];
const fold = document.querySelector<HTMLDetailsElement>('details.toc-mobile');
const current = fold?.querySelector('.toc-current');

/** How far down the viewport the sticky header and the folded bar reach. */
function coveredTop(): number {
  const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  const bar = fold && getComputedStyle(fold).display !== 'none' ? fold.getBoundingClientRect().bottom : 0;
  return Math.max(header, bar);
}

function update(): void {
  // The current section is the last heading above a line a fifth of the way down what the reader sees.
  const top = coveredTop();
  const line = top + (window.innerHeight - top) / 5;
  let passed: HTMLElement | undefined;
  for (const target of targets) if (target.getBoundingClientRect().top <= line) passed = target;
  // Above the first section, the sidebar marks the first one; the bar names none yet.
  const reading = passed ?? targets[0];
  for (const { link, target } of sections) {
    if (target === reading) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
  if (current)
    current.textContent = passed ? (sections.find(({ target }) => target === passed)?.link.textContent ?? '') : '';
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

fold?.addEventListener('click', (event) => {
  if ((event.target as Element).closest('a[href^="#"]')) fold.open = false;
});
