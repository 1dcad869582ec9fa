/**
 * rehype plugin: highlights fenced code blocks and wraps them in a figure with a caption bar: the block's title,
 * or else its language (left out of the search index). Highlighted lines get `.hl`; in `diff` blocks, lines
 * starting with + or - get `.diff-add` / `.diff-remove`. Output has classes only, never inline styles, so it
 * works under a strict CSP. The copy button is added by a script (src/scripts/code-copy.ts), so no dead button
 * shows when scripts are off; it sits in the caption bar, so it never covers code.
 *
 *   ```ini title="/etc/libvirt/libvirtd.conf"      <figure class="code">
 *   log_outputs="1:file:/var/log/x.log"     ->       <figcaption class="code-title">/etc/libvirt/libvirtd.conf</figcaption>
 *   ```                                              <pre class="code-block" data-lang="ini" tabindex="0"><code>...</code></pre>
 *                                                  </figure>
 *   ```bash                                   ->     <figcaption class="code-title code-lang" data-pagefind-ignore>bash</figcaption>
 *
 * The language is read as src/markdown/code-languages.ts reads it: `Bash`, `sh` and `shell,ignore` all highlight
 * as Shiki's `shellscript` (the `data-lang`), and the caption shows the name as the author wrote it. A language
 * nobody knows is shown as plain text; the code-languages rule warns about it (src/lib/rules/code-languages.ts).
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, walkElements } from '../lib/walk-tree.ts';
import { hastInlineOnly } from '../lib/inline-only.ts';
import { plainText, resolveLanguage, splitFenceLanguage, type LanguageId } from './code-languages.ts';
import { parseCodeMeta } from './code-meta.ts';
import { highlightLines } from './highlighter.ts';

/** The fence's language word as written (`Rust,ignore`), from the class remark-rehype gives `<code>`. */
function fenceLanguageOf(code: Element): string {
  const classes = code.properties['className'];
  const list = Array.isArray(classes) ? classes.map(String) : [];
  return list.find((name) => name.startsWith('language-'))?.slice('language-'.length) ?? '';
}

function lineClasses(lang: LanguageId, text: string, lineNumber: number, highlight: Set<number>): string[] {
  const classes = ['line'];
  if (highlight.has(lineNumber)) classes.push('hl');
  if (lang === 'diff' && text.startsWith('+')) classes.push('diff-add');
  if (lang === 'diff' && text.startsWith('-')) classes.push('diff-remove');
  return classes;
}

async function renderBlock(pre: Element, code: Element): Promise<Element> {
  const { name, attributes } = splitFenceLanguage(fenceLanguageOf(code));
  const lang = resolveLanguage(name) ?? plainText;
  const meta = parseCodeMeta((code.data as { meta?: string } | undefined)?.meta, attributes);
  const source = toString(code).replace(/\n$/, '');
  const lines = await highlightLines(source, lang);
  const children: ElementContent[] = [];
  lines.forEach((tokens, index) => {
    const text = tokens.map((t) => t.content).join('');
    children.push({
      type: 'element',
      tagName: 'span',
      properties: { className: lineClasses(lang, text, index + 1, meta.highlight) },
      children: tokens.map((token) =>
        token.classes.length
          ? {
              type: 'element',
              tagName: 'span',
              properties: { className: token.classes },
              children: [{ type: 'text', value: token.content }],
            }
          : { type: 'text', value: token.content },
      ),
    });
    if (index < lines.length - 1) children.push({ type: 'text', value: '\n' });
  });
  const highlightedPre: Element = {
    type: 'element',
    tagName: 'pre',
    // tabindex: a scrollable region must be reachable by keyboard.
    properties: { className: ['code-block'], dataLang: lang, tabIndex: 0 },
    children: [{ type: 'element', tagName: 'code', properties: {}, children }],
    ...(pre.position ? { position: pre.position } : {}),
  };
  const caption: Element = meta.title
    ? {
        type: 'element',
        tagName: 'figcaption',
        properties: { className: ['code-title'] },
        children: [{ type: 'text', value: meta.title }],
      }
    : {
        type: 'element',
        tagName: 'figcaption',
        // The language is a label, not a word a reader searches the page for.
        properties: { className: ['code-title', 'code-lang'], dataPagefindIgnore: '' },
        children: [{ type: 'text', value: name || plainText }],
      };
  return {
    type: 'element',
    tagName: 'figure',
    properties: { className: ['code'] },
    children: [caption, highlightedPre],
  };
}

export default function rehypeCodeBlocks() {
  return async (tree: Root) => {
    const jobs: Promise<void>[] = [];
    walkElements(tree, (node, index, parent) => {
      if (node.tagName !== 'pre') return hastInlineOnly.has(node.tagName) ? SKIP : undefined;
      const code = node.children.find(
        (child): child is Element => child.type === 'element' && child.tagName === 'code',
      );
      if (!code || !parent || index === undefined) return SKIP;
      jobs.push(
        renderBlock(node, code).then((figure) => {
          parent.children[index] = figure;
        }),
      );
      return SKIP;
    });
    await Promise.all(jobs);
  };
}
