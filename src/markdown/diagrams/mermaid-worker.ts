/**
 * Worker thread entry: checks and draws Mermaid diagrams for mermaid-renderer.ts. A thread of its own because
 * Mermaid's parser sanitizes labels with DOMPurify, which needs a `window`: a small DOM (linkedom) is made global
 * here, in this thread only, never in the build's. The three libraries load on the first diagram, so a site without
 * diagrams never pays for them.
 *
 * - The syntax is Mermaid's own (`mermaid.parse`): a diagram that Mermaid, and so GitHub, would reject is reported
 *   with Mermaid's message and the line and column it gives.
 * - The drawing is beautiful-mermaid's: SVG laid out in JavaScript (ELK), no browser. It draws flowcharts, state,
 *   sequence, class and ER diagrams and XY charts; for another kind (a pie, a Gantt chart) the answer says so.
 */
import { parentPort } from 'node:worker_threads';
import type { DiagramResult } from '../../lib/content-graph/diagram-facts.ts';
import type { DiagramRequest } from './mermaid-renderer.ts';

interface Libraries {
  parse: (text: string) => Promise<{ diagramType: string }>;
  draw: (text: string) => string;
}

let libraries: Promise<Libraries> | undefined;

async function load(): Promise<Libraries> {
  const { parseHTML } = await import('linkedom');
  const { window } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  Object.assign(globalThis, { window, document: window.document });
  const [{ default: mermaid }, { renderMermaidSVG }] = await Promise.all([
    import('mermaid'),
    import('beautiful-mermaid'),
  ]);
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
  return {
    parse: async (text) => {
      const result = await mermaid.parse(text);
      return { diagramType: result ? result.diagramType : 'unknown' };
    },
    // Colours are the page's own custom properties, so the drawing follows the theme (src/styles/global.css).
    // A narrow margin: the page gives the drawing room, and on a phone every pixel of width counts.
    draw: (text) => renderMermaidSVG(text, { bg: 'var(--bg)', fg: 'var(--fg)', transparent: true, padding: 12 }),
  };
}

/** Mermaid's parse errors carry where they are (jison's `hash.loc`, lines from 1, columns from 0). */
function syntaxError(error: unknown): DiagramResult {
  const hash = (error as { hash?: { loc?: { first_line?: number; first_column?: number } } }).hash;
  const lines = (error instanceof Error ? error.message : String(error))
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  // A parse error's second and third lines quote the text and point a caret at it, which only reads in a
  // fixed-width block; the place is given as line and column instead, and the message keeps what was expected.
  const parse = /^Parse error on line \d+:$/.test(lines[0] ?? '') && lines.length > 3;
  const message = parse ? `${lines.slice(3).join(' ')}` : (lines[0] ?? 'unknown error');
  return {
    kind: 'error',
    message,
    line: hash?.loc?.first_line ?? 1,
    column: (hash?.loc?.first_column ?? 0) + 1,
  };
}

async function answer(request: DiagramRequest): Promise<DiagramResult> {
  const { parse, draw } = await (libraries ??= load());
  let diagramType: string;
  try {
    ({ diagramType } = await parse(request.source));
  } catch (error) {
    return syntaxError(error);
  }
  try {
    return { kind: 'svg', svg: draw(request.source), diagramType };
  } catch {
    return { kind: 'unsupported', diagramType };
  }
}

parentPort?.on('message', (request: DiagramRequest) => {
  answer(request).then(
    (result) => parentPort?.postMessage({ id: request.id, result }),
    (error: unknown) =>
      parentPort?.postMessage({
        id: request.id,
        result: { kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) },
      }),
  );
});
