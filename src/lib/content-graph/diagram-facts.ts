/**
 * What the content layer knows of a page's Mermaid diagrams: where each is and what it says, and, once Mermaid has
 * judged it (when the page is rendered, src/markdown/remark-mermaid.ts, or checked, src/cli/judge-diagrams.ts),
 * its verdict, which the `diagrams` rules report (src/lib/rules/diagrams.ts).
 */
import { splitFenceLanguage } from '../../markdown/code-languages.ts';

/** Whether a fence's language makes it a Mermaid diagram (```mermaid, any case, with or without attributes). */
export const isMermaid = (lang: string | null | undefined) =>
  lang != null && splitFenceLanguage(lang).name.toLowerCase() === 'mermaid';

export type DiagramResult =
  /** Drawn: the SVG as beautiful-mermaid writes it (src/markdown/diagrams/diagram-figure.ts makes it safe for the page). */
  | { kind: 'svg'; svg: string; diagramType: string }
  /** Mermaid rejects it: its message, and where in the diagram (line 1 is the line after the opening fence). */
  | { kind: 'error'; message: string; line: number; column: number }
  /** Valid Mermaid of a kind the build cannot draw (a pie, a Gantt chart): shown as its source. */
  | { kind: 'unsupported'; diagramType: string }
  /** The renderer itself broke: a bug or a broken install, not the diagram's fault. */
  | { kind: 'failed'; message: string };

export interface DiagramFact {
  /** Where the fence opens. */
  line: number;
  column: number;
  /** The diagram as written. */
  source: string;
  /** Whether Mermaid has judged it: rendering does, and so does `check` (src/cli/judge-diagrams.ts). */
  judged: boolean;
  diagramType?: string | undefined;
  /** Mermaid's message, and where it points in the Markdown file. */
  error?: { message: string; line: number; column: number } | undefined;
  /** Valid, but of a kind the build cannot draw: shown as its source. */
  unsupported?: boolean | undefined;
}

/** A rendered diagram's verdict as a fact, or the reason the renderer itself failed (a build error, not a fact). */
export function diagramVerdict(fact: DiagramFact, result: DiagramResult): DiagramFact | { failed: string } {
  const { line, column } = fact;
  switch (result.kind) {
    case 'failed':
      return { failed: result.message };
    case 'error':
      // Mermaid counts the diagram's lines from 1; the first is the line after the fence. Its columns are the
      // diagram's; in the file they are shifted by the fence's indentation.
      return {
        ...fact,
        judged: true,
        error: { message: result.message, line: line + result.line, column: column - 1 + result.column },
      };
    case 'unsupported':
      return { ...fact, judged: true, diagramType: result.diagramType, unsupported: true };
    case 'svg':
      return { ...fact, judged: true, diagramType: result.diagramType };
  }
}

/**
 * Whether a file's text seems to hold a Mermaid fence, from its raw text without parsing it: a hint for the order
 * files are rendered in (load-content.ts), where being wrong costs a little time and nothing else.
 */
export const mayHoldDiagram = (raw: string): boolean => /^[ \t]*(?:`{3,}|~{3,})[ \t]*mermaid\b/im.test(raw);
