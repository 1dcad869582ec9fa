/**
 * Worker thread entry: loads and renders content files handed to it by load-content.ts. Each worker builds the
 * Markdown pipeline once and then takes one file at a time: front matter, facts and HTML from one parse.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createPageRenderer } from '../../markdown/render-page.ts';
import { loadAndRender, type RenderTask, type WorkerSetup } from './load-content.ts';

const setup = workerData as WorkerSetup;
const renderer = createPageRenderer({
  graph: () => setup.links,
  base: setup.base,
  siteOrigin: setup.siteOrigin,
  ui: setup.ui,
  repository: setup.repository,
});

parentPort?.on('message', (task: RenderTask) => {
  loadAndRender(task, renderer).then(
    (result) => parentPort?.postMessage({ ok: true, result }),
    (error: unknown) =>
      parentPort?.postMessage({
        ok: false,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});
