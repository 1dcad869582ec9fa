/**
 * The theme toggle: cycles system -> light -> dark, remembers the choice in localStorage (when allowed) and
 * applies it by setting data-theme on <html>. public/theme-init.js applies a saved choice before first paint.
 */
type Choice = 'system' | 'light' | 'dark';
const order: Choice[] = ['system', 'light', 'dark'];

function saved(): Choice {
  try {
    const value = localStorage.getItem('theme');
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

function apply(choice: Choice, button: HTMLButtonElement): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = choice;
  button.setAttribute('aria-label', `Colour theme: ${choice}`);
  button.dataset['choice'] = choice;
  try {
    if (choice === 'system') localStorage.removeItem('theme');
    else localStorage.setItem('theme', choice);
  } catch {
    // Storage blocked: the choice lasts for this page only.
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('.theme-toggle')) {
  apply(saved(), button);
  button.hidden = false;
  button.addEventListener('click', () => {
    const current = (button.dataset['choice'] as Choice | undefined) ?? 'system';
    apply(order[(order.indexOf(current) + 1) % order.length] ?? 'system', button);
  });
}
