/**
 * The raw HTML content may contain: an allow-list, because a deny-list always misses something (a new element,
 * an attribute a browser added last year). What is on it formats text and structures it; nothing on it can run
 * script, navigate or submit by itself, restyle the page, or load anything from outside the site. It is
 * GitHub's list for rendered Markdown (hast-util-sanitize's defaultSchema) narrowed further: no `<input>` but
 * the task-list checkbox, no `<picture>`/`<source>`, classes only the ones Markdown itself produces. The
 * reasoning for contributors is in CONTRIBUTING.md, "Raw HTML".
 */

/** Attributes any allowed element may have. */
const globalAttributes = ['id', 'title', 'lang', 'dir', 'aria-label', 'aria-describedby'];

/** Allowed elements (HTML namespace only) and the attributes each may have besides the global ones. */
const elements: Record<string, readonly string[]> = {
  a: ['href', 'name', 'data-footnote-ref', 'data-footnote-backref'],
  abbr: [],
  b: [],
  bdi: [],
  bdo: [],
  blockquote: ['cite'],
  br: [],
  caption: [],
  cite: [],
  code: [],
  col: ['span'],
  colgroup: ['span'],
  data: ['value'],
  dd: [],
  del: ['cite', 'datetime'],
  details: ['open'],
  dfn: [],
  div: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  i: [],
  img: ['src', 'alt', 'width', 'height', 'loading'],
  // Only as Markdown writes a task-list item: a disabled checkbox (see allowedValue).
  input: ['type', 'checked', 'disabled'],
  ins: ['cite', 'datetime'],
  kbd: [],
  li: ['value'],
  mark: [],
  ol: ['start', 'reversed', 'type'],
  p: [],
  pre: [],
  q: ['cite'],
  rp: [],
  rt: [],
  ruby: [],
  s: [],
  samp: [],
  section: ['data-footnotes'],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['align', 'colspan', 'rowspan', 'headers'],
  tfoot: [],
  th: ['align', 'colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  thead: [],
  time: ['datetime'],
  tr: [],
  u: [],
  ul: [],
  var: [],
  wbr: [],
};

/** Classes Markdown itself puts on elements (GFM task lists, footnotes, code languages); no others. */
const allowedClasses: Record<string, RegExp> = {
  a: /^data-footnote-backref$/,
  code: /^language-[\w+#.-]+$/,
  h2: /^sr-only$/,
  li: /^task-list-item$/,
  ol: /^contains-task-list$/,
  section: /^footnotes$/,
  ul: /^contains-task-list$/,
};

/** Attributes whose value is a URL a reader may follow, and those the browser loads by itself. */
export const linkAttributes = new Set(['href', 'cite']);
export const resourceAttributes = new Set(['src']);

export function isAllowedElement(tagName: string): boolean {
  return Object.hasOwn(elements, tagName);
}

export function isAllowedAttribute(tagName: string, name: string): boolean {
  if (name === 'class') return Object.hasOwn(allowedClasses, tagName);
  return globalAttributes.includes(name) || (elements[tagName]?.includes(name) ?? false);
}

/** Whether an allowed attribute's value is allowed too (URLs are judged separately, see url-safety.ts). */
export function allowedValue(tagName: string, name: string, value: string): boolean {
  if (name === 'class') {
    const pattern = allowedClasses[tagName];
    return pattern !== undefined && value.split(/\s+/).every((word) => word === '' || pattern.test(word));
  }
  if (tagName === 'input' && name === 'type') return value.toLowerCase() === 'checkbox';
  return true;
}

/** Why an element is not on the list, in the words a contributor needs. */
export function elementReason(tagName: string, foreign: boolean): string {
  if (foreign) return 'SVG and MathML can carry scripts, styles and links of their own; use an image file from public/';
  for (const [reason, names] of reasons) if (names.includes(tagName)) return reason;
  return 'it is not among the HTML elements content may use';
}

const reasons: [string, readonly string[]][] = [
  ['it runs script', ['script', 'noscript']],
  [
    'it embeds another page, plugin or media from elsewhere',
    ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'fencedframe', 'audio', 'video'],
  ],
  [
    'it makes a form or form control, which can submit data',
    ['form', 'button', 'input', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'output', 'fieldset'],
  ],
  ['it changes how the page loads, where it navigates or what it fetches', ['meta', 'base', 'link']],
  ['it restyles the page', ['style', 'font', 'center', 'marquee', 'blink']],
  ['it holds content the page never shows (or shows elsewhere)', ['template', 'slot', 'dialog']],
  // (Not <listing>: browsers parse it as <pre>.)
  ['it turns everything after it into plain text or hides it', ['title', 'xmp', 'plaintext', 'noembed', 'noframes']],
];

/** Whether an element is refused for what it does (runs, loads, submits, restyles, hides), not only for being off the list. */
export function dangerousElement(tagName: string): boolean {
  return reasons.some(([, names]) => names.includes(tagName));
}

/** Elements that end without an end tag, or whose end tag the parser may imply: never "left open". */
export const closesItself = new Set([
  // Void elements.
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  // Elements whose end tag HTML lets authors omit.
  'p',
  'li',
  'dt',
  'dd',
  'rt',
  'rp',
  'optgroup',
  'option',
  'caption',
  'colgroup',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
]);
