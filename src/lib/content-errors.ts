/**
 * The error the dev server raises while the content has errors, so a contributor sees them in the browser
 * (Astro's error overlay, with the first one's file and line shown in context), not only in the terminal.
 * Warnings do not stop the preview, as they do not stop the build.
 */
import { join } from 'node:path';
import { formatProblem, sortProblems, type Problem } from './problems.ts';

export class ContentErrors extends Error {
  override name = 'ContentErrors';
  /** Read by Astro's error overlay, like the fields below. */
  readonly title = 'The content check found errors';
  readonly loc: { file: string; line: number; column: number };
  readonly hint: string;

  constructor(errors: readonly Problem[], root: string) {
    const count = `${errors.length} error${errors.length === 1 ? '' : 's'}`;
    super(`${count} in the content (the build stops on these):\n\n${errors.map((p) => formatProblem(p)).join('\n')}`);
    const [first] = errors;
    this.loc = {
      file: join(root, first?.file ?? ''),
      line: Math.max(first?.line ?? 1, 1),
      column: Math.max(first?.column ?? 1, 1),
    };
    // The first error's own hint ("did you mean ...?") first, as a sentence.
    const firstHint = first?.hint ? `${first.hint}${/[.?!]$/.test(first.hint) ? '' : '.'} ` : '';
    this.hint = `${firstHint}Fix the file and save: the page reloads. \`npm run check\` lists the same problems.`;
    // A stack trace would point into the dev server, not at the content: show the list instead.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** The error to show for these problems, or undefined when none of them is an error. */
export function contentErrors(problems: readonly Problem[], root: string): ContentErrors | undefined {
  const errors = sortProblems(problems.filter((problem) => problem.severity === 'error'));
  return errors.length > 0 ? new ContentErrors(errors, root) : undefined;
}
