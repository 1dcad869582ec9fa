/**
 * Judges a page body's HTML the way a browser will read it: parsed whole by parse5 (the WHATWG HTML parsing
 * algorithm browsers implement), inside a copy of the page layout around it and with the layout's footer after
 * it. Every element and attribute the contributor wrote as raw HTML must be on the allow-list (allowed-html.ts)
 * with its URLs allowed (url-safety.ts); everything opened must be closed again before the content ends, and
 * nothing may close the layout's own elements. Judging the parsed page instead of each Markdown block is what
 * catches a `<script>` hidden in `<svg><style>`, an attribute that spans two blocks, or a `<textarea>` that
 * swallows the rest of the page.
 */
import { html as spec, parse, type DefaultTreeAdapterMap } from 'parse5';
import { linkUrlProblem, resourceUrlProblem } from '../url-safety.ts';
import {
  allowedValue,
  closesItself,
  dangerousElement,
  elementReason,
  isAllowedAttribute,
  isAllowedElement,
  linkAttributes,
  resourceAttributes,
} from './allowed-html.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type ElementLocation = NonNullable<Element['sourceCodeLocation']>;

export interface MarkupFinding {
  /** Offset in the inspected HTML. */
  offset: number;
  message: string;
  hint: string;
  /**
   * A warning: markup that cannot hurt a reader and that the page leaves out (a class, a style, the tags of an
   * element HTML does not have); `drop` says which ranges of the inspected HTML go.
   */
  severity?: 'warning';
  drop?: [number, number][];
}

export interface MarkupInspection {
  findings: MarkupFinding[];
  /** Ids (and `<a name>` anchors) the raw HTML gives, so links may point at them and clashes are caught. */
  ids: { offset: number; id: string }[];
  /** Links (`<a href>`) and images (`<img src>`) the raw HTML gives, to be resolved and checked as Markdown's are. */
  links: { offset: number; url: string; image: boolean }[];
}

/** The layout around a page body (DocLayout; the glossary puts each term in a <dd>, the strictest context). */
const before =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page</title></head><body><main id="main"><article class="prose"><dl><dd><div>';
const after = '</div></dd></dl></article></main><footer>Site footer</footer></body></html>';
const layoutAttributes = new Map([
  ['html', 1],
  ['body', 0],
]);

const listHint = 'content may use the elements and attributes listed under "Raw HTML" in CONTRIBUTING.md';
const closeHint = (tag: string) => `close it with </${tag}> where it should end`;

/** Attributes the page leaves out instead of refusing: they change how an element looks, and nothing else. */
const droppedAttributes: Record<string, { reason: string; hint: string }> = {
  class: {
    reason: "classes would borrow the site's own styles",
    hint: 'remove it: the page shows the element without it (a box of its own is a callout: :::note, :::warning)',
  },
  style: {
    reason: 'it would restyle the page',
    hint: "remove it: the page shows the element without it (an image's size is width= and height=)",
  },
};

/**
 * An element the page shows the content of, without its tags: a name HTML does not have (`<nil>` in prose), or one
 * written with a capital letter, as other tools' components are (`<Listing>` in mdBook books), unless its
 * name is one that runs script, loads, submits, restyles or hides (those stay refused, whatever their case).
 */
function isForeignComponent(tag: string, written: string): boolean {
  if (dangerousElement(tag)) return false;
  return spec.getTagID(tag) === spec.TAG_ID.UNKNOWN || written !== written.toLowerCase();
}

function attributeReason(name: string): string {
  if (/^on/i.test(name)) return 'event handlers run script';
  if (name === 'style') return 'it restyles the page';
  if (name === 'class') return 'classes restyle the page with the site’s own styles';
  return 'it is not among the attributes this element may have';
}

/**
 * @param html the page body, as the browser receives it
 * @param isRaw whether the character at an offset of `html` was written by a contributor as raw HTML (only that
 *   is judged: Markdown's own output is trusted)
 */
export function inspectMarkup(html: string, isRaw: (offset: number) => boolean): MarkupInspection {
  const report: Report = { findings: [], ids: [], links: [], end: html.length };
  const document = parse(`${before}${html}${after}`, { sourceCodeLocationInfo: true });
  const stack: Node[] = [document];
  let footer: Element | undefined;
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeName === '#comment') {
      const location = 'sourceCodeLocation' in node ? node.sourceCodeLocation : undefined;
      const start = location ? location.startOffset - before.length : -1;
      if (location && inContent(report, start) && isRaw(start) && location.endOffset - before.length > report.end)
        add(
          report,
          start,
          'an HTML comment is never closed: it hides everything after it, the rest of the page included',
          'end the comment with "-->"',
        );
      continue;
    }
    if (!('tagName' in node)) {
      if ('childNodes' in node) stack.push(...[...node.childNodes].reverse());
      continue;
    }
    const location = node.sourceCodeLocation ?? undefined;
    const start = location ? location.startOffset - before.length : -1;
    let descend = true;
    if (location && inContent(report, start) && isRaw(start))
      descend = judgeElement(report, node, location, start, html);
    else if (location && !inContent(report, start)) {
      if (node.tagName === 'footer' && start >= report.end) footer = node;
      checkLayoutElement(report, node, location, start, html);
    }
    if (descend) stack.push(...[...node.childNodes].reverse());
  }
  if (report.findings.length === 0) checkFooter(report, footer, isRaw);
  return { findings: report.findings, ids: report.ids, links: report.links };
}

interface Report extends MarkupInspection {
  /** Length of the inspected HTML: offsets at or past it are the layout's. */
  end: number;
}

const inContent = (report: Report, offset: number) => offset >= 0 && offset < report.end;
const add = (report: Report, offset: number, message: string, hint: string) =>
  report.findings.push({ offset, message, hint });
/** An end tag after the content (the layout's own) closes what the content left open, and shifts the layout. */
const closedInContent = (report: Report, location: ElementLocation) =>
  location.endTag !== undefined && location.endTag.startOffset - before.length < report.end;

/** Judges an element the contributor wrote; returns whether its children are to be judged too. */
function judgeElement(report: Report, node: Element, location: ElementLocation, start: number, html: string): boolean {
  const tag = node.tagName;
  const foreign = node.namespaceURI !== spec.NS.HTML;
  const open = !closedInContent(report, location) && !closesItself.has(tag);
  const written = html.slice(start + 1, start + 1 + tag.length);
  if (!foreign && !isAllowedElement(tag) && isForeignComponent(tag, written)) {
    // Its tags go (so whether it is closed no longer matters); its content stays and is judged like any other.
    const drop: [number, number][] = [];
    const tags = [location.startTag, closedInContent(report, location) ? location.endTag : undefined];
    for (const at of tags) if (at) drop.push([at.startOffset - before.length, at.endOffset - before.length]);
    report.findings.push({
      offset: start,
      message: `raw HTML <${written}> is not an HTML element: its tags are left out, its content is shown`,
      hint: `remove the tags, or write "&lt;${written}>" to show the text as written`,
      severity: 'warning',
      drop,
    });
    for (const { name, value } of node.attrs)
      if (/^on/i.test(name) || linkAttributes.has(name) || resourceAttributes.has(name))
        judgeAttribute(report, tag, name, value, location, start);
    return true;
  }
  if (foreign || !isAllowedElement(tag)) {
    // One message for the spot: what the element is, and, when it is left open, what that does.
    const unclosed = open
      ? '; and it is never closed: everything after it, the rest of the page included, goes into it'
      : '';
    add(
      report,
      start,
      `raw HTML <${tag}> is not allowed: ${elementReason(tag, foreign)}${unclosed}`,
      open ? `${listHint}; ${closeHint(tag)}` : listHint,
    );
    // Foreign content and template contents are not HTML; one report for the whole of them is enough.
    return !foreign && tag !== 'template';
  }
  for (const { name, value } of node.attrs) judgeAttribute(report, tag, name, value, location, start);
  if (open)
    add(
      report,
      start,
      `raw HTML <${tag}> is never closed: the browser closes it somewhere after it, and what lies between changes`,
      closeHint(tag),
    );
  return true;
}

function judgeAttribute(
  report: Report,
  tag: string,
  name: string,
  value: string,
  location: ElementLocation,
  start: number,
): void {
  const attributeStart = location.attrs?.[name]?.startOffset;
  const at = attributeStart === undefined ? start : attributeStart - before.length;
  const dropped = droppedAttributes[name];
  if (dropped && !(isAllowedAttribute(tag, name) && allowedValue(tag, name, value))) {
    const range = location.attrs?.[name];
    report.findings.push({
      offset: at,
      message: `raw HTML attribute ${name}= on <${tag}> is left out: ${dropped.reason}`,
      hint: dropped.hint,
      severity: 'warning',
      drop: range ? [[range.startOffset - before.length, range.endOffset - before.length]] : [],
    });
    return;
  }
  if (!isAllowedAttribute(tag, name)) {
    add(report, at, `raw HTML attribute ${name}= on <${tag}> is not allowed: ${attributeReason(name)}`, listHint);
    return;
  }
  if (!allowedValue(tag, name, value))
    add(
      report,
      at,
      `raw HTML ${name}="${value.slice(0, 40)}" on <${tag}> is not allowed: ${attributeReason(name)}`,
      listHint,
    );
  if (linkAttributes.has(name)) {
    const problem = linkUrlProblem(value);
    if (problem)
      add(
        report,
        at,
        `raw HTML ${name}= on <${tag}>: ${problem}`,
        'link to an https: page, a mailto: address or a page of this site',
      );
  }
  if (resourceAttributes.has(name)) {
    const problem = resourceUrlProblem(value);
    if (problem)
      add(
        report,
        at,
        `raw HTML ${name}= on <${tag}>: ${problem}`,
        'put the file in public/ and use its site path, e.g. /images/diagram.png',
      );
  }
  if (name === 'id' || (name === 'name' && tag === 'a')) report.ids.push({ offset: at, id: value });
  if ((tag === 'a' && name === 'href') || (tag === 'img' && name === 'src'))
    report.links.push({ offset: at, url: value, image: tag === 'img' });
}

/** The layout's own elements: content may not close them early or add attributes to <html> or <body>. */
function checkLayoutElement(
  report: Report,
  node: Element,
  location: ElementLocation,
  start: number,
  html: string,
): void {
  if (start >= report.end) return;
  const closedAt = (location.endTag?.startOffset ?? location.endOffset) - before.length;
  if (inContent(report, closedAt) && node.tagName !== 'html' && node.tagName !== 'body')
    add(
      report,
      closedAt,
      `raw HTML here closes the page layout's <${node.tagName}>: what follows lands outside the page's content`,
      'remove the end tag, or open the element it should close inside the content',
    );
  const expected = layoutAttributes.get(node.tagName);
  if (expected !== undefined && node.attrs.length > expected) {
    const added = node.attrs
      .slice(expected)
      .map((attribute) => `${attribute.name}=`)
      .join(', ');
    add(
      report,
      Math.max(html.search(new RegExp(`<${node.tagName}\\b`, 'i')), 0),
      `raw HTML <${node.tagName}> adds attributes (${added}) to the page's own <${node.tagName}>`,
      listHint,
    );
  }
}

/** Where the content starts an element, if it does. */
function contentOffset(report: Report, node: Node): number | undefined {
  const location = 'sourceCodeLocation' in node ? node.sourceCodeLocation : undefined;
  const at = location ? location.startOffset - before.length : -1;
  return inContent(report, at) ? at : undefined;
}

/**
 * The layout's footer must come out of the parser as the layout wrote it. Anything the checks above missed that
 * still reaches past the content (a formatting element the parser re-opens, a table that takes in what follows)
 * shows here.
 */
function checkFooter(report: Report, footer: Element | undefined, isRaw: (offset: number) => boolean): void {
  const intact =
    footer?.parentNode?.nodeName === 'body' &&
    footer.childNodes.length === 1 &&
    footer.childNodes[0]?.nodeName === '#text';
  if (intact) return;
  let culprit: number | undefined;
  for (let parent = footer?.parentNode; parent && 'parentNode' in parent; parent = parent.parentNode)
    culprit = contentOffset(report, parent) ?? culprit;
  for (const child of footer?.childNodes ?? []) culprit ??= contentOffset(report, child);
  if (culprit === undefined) {
    culprit = report.end - 1;
    while (culprit > 0 && !isRaw(culprit)) culprit--;
  }
  add(
    report,
    Math.max(culprit, 0),
    'the raw HTML here reaches past the end of the content and changes the rest of the page',
    'close every element you open, in the order you opened them',
  );
}
