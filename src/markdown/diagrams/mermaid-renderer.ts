/**
 * Checks and draws Mermaid diagrams in a worker thread of their own (mermaid-worker.ts), started on the first
 * diagram not already drawn: a build without diagrams starts nothing and loads nothing. One renderer per Markdown
 * pipeline; each diagram's text is its key, so a page rendered again (the dev server, a page whose other content
 * changed) reuses the drawing of a diagram that did not change, from memory or from the cache between builds
 * (diagram-cache.ts).
 */
import { Worker } from 'node:worker_threads';
import type { DiagramResult } from '../../lib/content-graph/diagram-facts.ts';
import type { DiagramCache } from './diagram-cache.ts';

export interface DiagramRequest {
  id: number;
  source: string;
}

export interface DiagramRenderer {
  render(source: string): Promise<DiagramResult>;
}

// Named through a variable so no bundler rewrites it as an asset: it runs as TypeScript in Node, like the
// content workers (src/lib/content-graph/render-worker.ts).
const workerFile = './mermaid-worker.ts';

export function createDiagramRenderer(cache?: DiagramCache): DiagramRenderer {
  let worker: Worker | undefined;
  let nextId = 0;
  const pending = new Map<number, (result: DiagramResult) => void>();
  const drawn = new Map<string, Promise<DiagramResult>>();

  const settleAll = (result: DiagramResult) => {
    for (const resolve of pending.values()) resolve(result);
    pending.clear();
  };
  const start = () => {
    const thread = new Worker(new URL(workerFile, import.meta.url));
    thread.on('message', ({ id, result }: { id: number; result: DiagramResult }) => {
      pending.get(id)?.(result);
      pending.delete(id);
      // Idle, it must not keep the process alive; while a diagram is out it must.
      if (pending.size === 0) thread.unref();
    });
    thread.on('error', (error: unknown) => {
      worker = undefined;
      settleAll({ kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    });
    thread.on('exit', (code) => {
      worker = undefined;
      settleAll({ kind: 'failed', message: `the diagram worker stopped (exit code ${code})` });
    });
    return thread;
  };

  return {
    render(source) {
      let result = drawn.get(source);
      if (!result) {
        const kept = cache?.get(source);
        result = kept
          ? Promise.resolve(kept)
          : new Promise<DiagramResult>((resolve) => {
              worker ??= start();
              worker.ref();
              const id = nextId++;
              pending.set(id, resolve);
              worker.postMessage({ id, source } satisfies DiagramRequest);
            }).then((fresh) => {
              cache?.set(source, fresh);
              return fresh;
            });
        drawn.set(source, result);
      }
      return result;
    },
  };
}
