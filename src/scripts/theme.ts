/**
 * The theme toggle: cycles system -> light -> dark, remembers the choice in localStorage (when allowed) and
 * applies it by setting data-theme on <html>. public/theme-init.js applies a saved choice before first paint.
 * The button's text names the theme that is on, so its accessible name does too ("Theme: Dark"); the names come
 * from the button's data-ui (src/components/ThemeToggle.astro).
 */
import { uiText } from './ui-text.ts';

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

// The header's toggle, and on phones the menu's.
const buttons = [...document.querySelectorAll<HTMLButtonElement>('.theme-toggle')];
const { t } = uiText(buttons[0]);
const labels: Record<Choice, string> = { system: t('theme.auto'), light: t('theme.light'), dark: t('theme.dark') };

function apply(choice: Choice): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = choice;
  for (const button of buttons) {
    button.dataset['choice'] = choice;
    const label = button.querySelector('.theme-label');
    if (label) label.textContent = labels[choice];
    button.title = t('theme.switch', { current: labels[choice], next: labels[next(choice)] });
  }
  try {
    if (choice === 'system') localStorage.removeItem('theme');
    else localStorage.setItem('theme', choice);
  } catch {
    // Storage blocked: the choice lasts for this page only.
  }
}

function next(choice: Choice): Choice {
  return order[(order.indexOf(choice) + 1) % order.length] ?? 'system';
}

apply(saved());
for (const button of buttons) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const current = (button.dataset['choice'] as Choice | undefined) ?? 'system';
    apply(next(current));
  });
}
