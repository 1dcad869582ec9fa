/**
 * "Copy section": one section of a page's Markdown twin (src/lib/twins/), found by its heading, for the
 * clipboard. The twin is the page as its contributor wrote it, so the section keeps its lists, tables and code as
 * written; the heading is matched by its words and level (the n-th heading of those words, for a page that
 * repeats one), and the section runs to the next heading of the same or a higher level, subsections included.
 *
 * Hand-written, and loaded only when a reader copies a section: finding headings by line (ATX and setext,
 * outside fenced code) is a few lines, where a Markdown parser in the browser would be a hundred kilobytes.
 */

/** A heading as the reader sees it on the page. */
export interface SectionHeading {
  /** Its words, as shown (`textContent` without the heading's own controls). */
  text: string;
  /** 1 to 6. */
  level: number;
  /** 0 for the first heading of these words and level on the page, 1 for the second, and so on. */
  occurrence: number;
}

interface Line {
  /** Index of the heading's first line. */
  start: number;
  /** Index of the line after the heading (after a setext underline). */
  end: number;
  level: number;
  words: string;
}

/** A heading's words without Markdown: `[a](x)`, `` `b` ``, `*c*`, `<kbd>d</kbd>`, `{#pin}` -> "a b c d". */
export function headingWords(markdown: string): string {
  return (
    markdown
      .replace(/[ \t]*\{#[^}\s]*\}[ \t]*$/, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      .replace(/<[^>]+>/g, '')
      // An escaped mark (`\*`) is kept from the emphasis rule by a private-use mark before it, removed last.
      .replace(/\\([!-/:-@[-`{-~])/g, '\uE000$1')
      .replace(/(?<!\uE000)(\*\*|__|\*|_|~~|`+)(?=\S)([^]*?\S)(?<!\uE000)\1/g, '$2')
      .replace(/\uE000/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Words as compared: spacing and case do not decide a match. */
const comparable = (words: string) => words.replace(/\s+/g, ' ').trim().toLowerCase();

const fenceOpen = /^ {0,3}(`{3,}|~{3,})/;
const atx = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const setext = /^ {0,3}(=+|-+)[ \t]*$/;
/** Lines a setext underline cannot follow: they start a block of their own. */
const notParagraph = /^(?: {0,3}(?:[-*+>|]|\d+[.)]|#|`{3}|~{3}|<)|\s*$)/;

/** Every heading of a Markdown text, with the lines it spans. */
function headingsOf(lines: readonly string[]): Line[] {
  const found: Line[] = [];
  let fence: string | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (fence !== undefined) {
      const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
      if (close.test(line)) fence = undefined;
      continue;
    }
    const open = fenceOpen.exec(line);
    if (open) {
      fence = open[1];
      continue;
    }
    const hashes = atx.exec(line);
    if (hashes) {
      found.push({ start: index, end: index + 1, level: hashes[1]!.length, words: headingWords(hashes[2] ?? '') });
      continue;
    }
    const underline = setext.exec(lines[index + 1] ?? '');
    const previous = found.at(-1);
    // A paragraph's last line, under which `===` or `---` makes a heading of it (one-line paragraphs only: the
    // lines above would be part of the heading, which docs almost never do).
    if (
      underline &&
      !notParagraph.test(line) &&
      (index === 0 || /^\s*$/.test(lines[index - 1] ?? '') || previous?.end === index)
    ) {
      found.push({ start: index, end: index + 2, level: underline[1]![0] === '=' ? 1 : 2, words: headingWords(line) });
      index++;
    }
  }
  return found;
}

/**
 * The section under `heading` in `twin`, heading line included, trimmed; undefined when the twin has no heading
 * of those words (a heading the layout adds, or a twin older than the page).
 */
export function sectionMarkdown(twin: string, heading: SectionHeading): string | undefined {
  const lines = twin.split('\n');
  const headings = headingsOf(lines);
  const wanted = comparable(heading.text);
  const matches = headings.filter((candidate) => comparable(candidate.words) === wanted);
  // The level decides between headings of the same words; a twin whose levels differ from the page's (a heading
  // the pipeline re-levelled) still finds its section by the words.
  const sameLevel = matches.filter((candidate) => candidate.level === heading.level);
  const found = (sameLevel.length > 0 ? sameLevel : matches)[heading.occurrence];
  if (!found) return undefined;
  const next = headings.find((candidate) => candidate.start >= found.end && candidate.level <= found.level);
  return lines
    .slice(found.start, next?.start ?? lines.length)
    .join('\n')
    .trim();
}

/** What "Copy section" puts on the clipboard: the section, then the address of its anchor on a line of its own. */
export function sectionClip(section: string, url: string): string {
  return `${section.trim()}\n\n${url}\n`;
}
