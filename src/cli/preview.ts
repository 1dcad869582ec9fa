/**
 * `folio preview [--out DIR] [--port N]`: serves the last build (dist/ unless --out) with Astro's preview
 * server, without building. When the port is taken, by an earlier preview still running or by another
 * program, it serves on the next free port and says so, rather than stopping with a stack trace.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CommandError, portOption, servePort, type Command } from './command.ts';
import { cacheFolders, packageRoot, shown } from './places.ts';

export const preview: Command = {
  name: 'preview',
  summary: 'Serve the last build without building (on the next free port if the port is taken).',
  positionals: [],
  options: {
    out: { type: 'string', value: 'DIR', description: 'the built site to serve (default: dist)' },
    port: portOption,
  },
  async run(values) {
    const cwd = process.cwd();
    const wanted = servePort(values['port'] as string | undefined, process.env);
    const outDir = resolve(cwd, (values['out'] as string | undefined) ?? 'dist');
    if (!existsSync(outDir))
      throw new CommandError(
        `there is no site at ${shown(cwd, outDir)} to serve: build it first with \`folio build\`.`,
      );
    process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
    const caches = cacheFolders(packageRoot);
    const astro = await import('astro');
    const server = await astro.preview({
      root: packageRoot,
      outDir,
      cacheDir: caches.astro,
      vite: { cacheDir: caches.vite },
      server: { port: wanted },
    });
    if (wanted !== 0 && server.port !== wanted)
      console.log(
        `Port ${wanted} is in use (an earlier \`npm start\` or \`folio preview\` may still be running), so this one serves the build on port ${server.port}.`,
      );
    await server.closed();
    return 0;
  },
};
