/**
 * `folio dev [dir] [--config PATH] [--port N] [--host ADDRESS]`: Astro's dev server on the docs folder, with live
 * reload; drafts included. A taken port moves it to the next free one, which it prints.
 */
import { configOption, docsPositional, portOption, servePort, type Command } from './command.ts';
import { cacheFolders, configFile, docsFolder, packageRoot, setFolioEnvironment } from './places.ts';

export const dev: Command = {
  name: 'dev',
  summary: 'Serve the docs folder with live reload while you write (drafts included).',
  positionals: [docsPositional],
  options: {
    config: configOption,
    port: portOption,
    host: {
      type: 'string',
      value: 'ADDRESS',
      description: 'address to listen on (default: localhost; 0.0.0.0 to open the preview on a phone on your network)',
    },
  },
  async run(values, [dir]) {
    const cwd = process.cwd();
    const docs = docsFolder(cwd, dir);
    const port = servePort(values['port'] as string | undefined, process.env);
    setFolioEnvironment(process.env, {
      docs,
      config: configFile(cwd, docs, values['config'] as string | undefined),
      strict: false,
    });
    process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
    const caches = cacheFolders(packageRoot);
    const { dev: startDev } = await import('astro');
    const host = values['host'] as string | undefined;
    const server = await startDev({
      root: packageRoot,
      cacheDir: caches.astro,
      vite: { cacheDir: caches.vite },
      server: { port, ...(host === undefined ? {} : { host }) },
    });
    // Serves until stopped (Ctrl-C); the server closing on its own is the only other way out.
    await new Promise<void>((resolve) => server.watcher.on('close', () => resolve()));
    return 0;
  },
};
