/**
 * `folio dev [dir] [--config PATH]`: Astro's dev server on the docs folder, with live reload; drafts included.
 */
import type { Command } from './command.ts';
import { cacheFolders, configFile, docsFolder, packageRoot, setFolioEnvironment } from './places.ts';

export const dev: Command = {
  name: 'dev',
  summary: 'Serve the docs folder with live reload while you write (drafts included).',
  positionals: [{ name: 'dir', optional: true, description: 'the docs folder (default: content)' }],
  options: {
    config: {
      type: 'string',
      value: 'PATH',
      description: 'config file (default: folio.config.yaml in the docs folder)',
    },
  },
  async run(values, [dir]) {
    const cwd = process.cwd();
    const docs = docsFolder(cwd, dir);
    setFolioEnvironment(process.env, {
      docs,
      config: configFile(cwd, docs, values['config'] as string | undefined),
      strict: false,
    });
    process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
    const caches = cacheFolders(packageRoot);
    const { dev: startDev } = await import('astro');
    const server = await startDev({ root: packageRoot, cacheDir: caches.astro, vite: { cacheDir: caches.vite } });
    // Serves until stopped (Ctrl-C); the server closing on its own is the only other way out.
    await new Promise<void>((resolve) => server.watcher.on('close', () => resolve()));
    return 0;
  },
};
