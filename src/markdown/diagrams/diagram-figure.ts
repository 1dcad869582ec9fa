/**
 * A drawn diagram as it goes on the page: beautiful-mermaid's SVG, made to pass the site's strict
 * Content-Security-Policy and to sit many to a page, in a figure that names it.
 *
 *   <figure class="diagram" data-diagram="flowchart-v2">
 *     <svg viewBox="…" role="img" aria-labelledby="mermaid-1-title" aria-describedby="mermaid-1-desc">
 *       <title id="mermaid-1-title">Diagram</title><desc id="mermaid-1-desc">flowchart LR …</desc> …
 *     </svg>
 *     <figcaption>How a commit becomes a repository</figcaption>      (when the fence has a title)
 *   </figure>
 *
 * - Its `<style>` (a web-font @import and colours derived from --bg and --fg) and every `style` attribute are
 *   dropped: the policy allows neither, and the colours come from src/styles/global.css, which derives the same
 *   properties from the theme's, so the drawing follows light, dark and print.
 * - Its ids (arrow markers) get the diagram's prefix, and so do the `url(#…)` references to them: two diagrams on
 *   a page would otherwise share one id.
 * - The Mermaid source is the drawing's accessible description, so nothing the diagram says is lost to a screen
 *   reader.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export interface DiagramFigureOptions {
  /** Unique on the page: `mermaid-1`. */
  prefix: string;
  /** The drawing's accessible name: the fence's title, else a word such as "Diagram". */
  name: string;
  /** Shown under the drawing when the fence has a title. */
  caption?: string | undefined;
  /** The Mermaid source: the accessible description. */
  source: string;
  diagramType: string;
}

function isElement(node: RootContent | ElementContent): node is Element {
  return node.type === 'element';
}

/** The element's children without `<style>` and white space, its descendants made safe in place. */
function clean(element: Element, prefix: string): void {
  const props = element.properties;
  delete props['style'];
  for (const key of Object.keys(props)) {
    // beautiful-mermaid's data-* attributes (data-from, data-label…) are for its own scripts; the page has none.
    if (/^data[A-Z]/.test(key)) delete props[key];
    const value = props[key];
    // Coordinates to a hundredth of a pixel: the layout's 306.91999999999996 costs bytes and draws the same.
    if (typeof value === 'number') props[key] = Math.round(value * 100) / 100;
    else if (typeof value === 'string' && /\d\.\d{3}/.test(value))
      props[key] = value.replace(/-?\d+\.\d{3,}/g, (number) => String(Math.round(Number(number) * 100) / 100));
    if (key === 'id' && typeof value === 'string') props[key] = `${prefix}-${value}`;
    else if (typeof value === 'string' && value.includes('url(#'))
      props[key] = value.replace(/url\(#([^)]+)\)/g, `url(#${prefix}-$1)`);
  }
  element.children = element.children.filter(
    (child) => !(isElement(child) && child.tagName === 'style') && !(child.type === 'text' && !child.value.trim()),
  );
  for (const child of element.children) if (isElement(child)) clean(child, prefix);
}

export function diagramFigure(svg: string, options: DiagramFigureOptions): Element {
  const tree: Root = fromHtml(svg, { fragment: true, space: 'svg' });
  const drawing = tree.children.find(isElement);
  if (!drawing || drawing.tagName !== 'svg') throw new Error('the diagram renderer returned no <svg>');
  clean(drawing, options.prefix);
  const { prefix } = options;
  drawing.properties = {
    ...drawing.properties,
    role: 'img',
    ariaLabelledBy: [`${prefix}-title`],
    ariaDescribedBy: [`${prefix}-desc`],
  };
  drawing.children.unshift(
    {
      type: 'element',
      tagName: 'title',
      properties: { id: `${prefix}-title` },
      children: [{ type: 'text', value: options.name }],
    },
    // Not in the search index: the labels are, in the drawing; the syntax around them is noise.
    {
      type: 'element',
      tagName: 'desc',
      properties: { id: `${prefix}-desc`, dataPagefindIgnore: '' },
      children: [{ type: 'text', value: options.source }],
    },
  );
  const children: ElementContent[] = [drawing];
  if (options.caption)
    children.push({
      type: 'element',
      tagName: 'figcaption',
      properties: {},
      children: [{ type: 'text', value: options.caption }],
    });
  return {
    type: 'element',
    tagName: 'figure',
    properties: { className: ['diagram'], dataDiagram: options.diagramType },
    children,
  };
}
