/**
 * Markdown twins: every page is also published as Markdown beside its HTML (`/guides/x/` -> `/guides/x/index.md`),
 * for tools and assistants that read Markdown, and for "Copy page as Markdown". A twin is the page's title and
 * description, then its body as the contributor wrote it, with the edits the pipeline found
 * (src/markdown/remark-twin-edits.ts: site links made absolute, `{#id}` pins and the title heading left out,
 * included files written in) and each glossary term's definition after its first link. `llms.txt` lists the
 * twins by section (https://llmstxt.org), and `llms-full.txt` holds them all in reading order.
 *
 * Hand-written: the llms.txt format is a few lines of Markdown, and no library applies offset edits to a text.
 */

/** Replace body[start, end) with text; offsets are UTF-16 offsets into the page's body. */
export type TwinEdit = [start: number, end: number, text: string];

export interface TwinSource {
  /** In the order of the text, none overlapping. */
  edits: TwinEdit[];
  /** Where each glossary term is first linked (just after the link), by the term's slug. */
  terms: [offset: number, term: string][];
}

/** The twin of a page at a site path ("/guides/x/" -> "/guides/x/index.md"). */
export function twinPath(sitePath: string): string {
  return `${sitePath.endsWith('/') ? sitePath : `${sitePath}/`}index.md`;
}

/** Text on one line: a description or a definition never breaks a twin's structure. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The body with the pipeline's edits applied and, after each glossary term's first link, its definition in
 * parentheses (`definitionOf` gives it by the term's slug; a term without one gets nothing).
 */
export function twinBody(body: string, twin: TwinSource, definitionOf: (term: string) => string | undefined): string {
  const inserts: TwinEdit[] = twin.terms.flatMap(([offset, term]) => {
    const definition = definitionOf(term);
    return definition ? [[offset, offset, ` (${oneLine(definition).replace(/\.$/, '')})`] as TwinEdit] : [];
  });
  // An insert at an edit's end goes after it; one inside an edit (a term link inside a rewritten include) is
  // dropped with the text it was in.
  const all = [...twin.edits, ...inserts].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let text = '';
  let at = 0;
  for (const [start, end, replacement] of all) {
    if (start < at) continue;
    text += body.slice(at, start) + replacement;
    at = end;
  }
  return (text + body.slice(at)).trim();
}

export interface TwinDocument {
  title: string;
  description: string;
  /** Markdown after the header; may be empty. */
  body: string;
}

/** A twin as published: `# Title`, the description as a quote, then the body. */
export function twinDocument({ title, description, body }: TwinDocument): string {
  const parts = [`# ${oneLine(title)}`];
  if (description.trim()) parts.push(`> ${oneLine(description)}`);
  if (body.trim()) parts.push(body.trim());
  return `${parts.join('\n\n')}\n`;
}

export interface TwinLink {
  title: string;
  /** Absolute URL. */
  url: string;
  description: string;
}

/** A Markdown list of links with their descriptions (a folder's twin, and llms.txt's sections). */
export function linkList(links: readonly TwinLink[]): string {
  return links
    .map((link) => {
      const description = oneLine(link.description);
      return `- [${oneLine(link.title).replace(/[[\]]/g, '\\$&')}](${link.url})${description ? `: ${description}` : ''}`;
    })
    .join('\n');
}

export interface LlmsSection {
  label: string;
  links: readonly TwinLink[];
}

/** llms.txt (https://llmstxt.org): the site's name, its tagline as a quote, a note, then a list per section. */
export function llmsTxt(site: { title: string; tagline: string; note: string }, sections: readonly LlmsSection[]) {
  const parts = [`# ${oneLine(site.title)}`];
  if (site.tagline.trim()) parts.push(`> ${oneLine(site.tagline)}`);
  parts.push(oneLine(site.note));
  for (const section of sections)
    if (section.links.length > 0) parts.push(`## ${oneLine(section.label)}\n\n${linkList(section.links)}`);
  return `${parts.join('\n\n')}\n`;
}

/** llms-full.txt: every twin, in reading order, apart by a rule. */
export function llmsFullTxt(twins: readonly string[]): string {
  return `${twins.map((twin) => twin.trim()).join('\n\n---\n\n')}\n`;
}
