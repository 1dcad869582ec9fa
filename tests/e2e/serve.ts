/**
 * Serves a built site (dist/) on a free loopback port, under its base path, the way a static host would:
 * directory index files, 404.html for missing paths. Used by the end-to-end tests and the benchmarks.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

export interface RunningSite {
  /** Origin plus base path, ending in "/", e.g. http://127.0.0.1:41234/handbook/ */
  url: string;
  close(): Promise<void>;
}

export async function serveSite(dir: string, base = '/'): Promise<RunningSite> {
  const files = sirv(dir, { dev: true, etag: false, extensions: ['html'] });
  const notFound = (() => {
    try {
      return readFileSync(join(dir, '404.html'));
    } catch {
      return Buffer.from('Not found');
    }
  })();
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (!path.startsWith(base)) {
      res.writeHead(404, { 'Content-Type': 'text/html' }).end(notFound);
      return;
    }
    req.url = `/${path.slice(base.length)}`;
    files(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html' }).end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
