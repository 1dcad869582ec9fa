// Starts the command on Node 24 (bin/folio.mjs has checked the version).
//
// Node strips TypeScript types itself, but refuses to for files under node_modules, which is where our .ts files
// are once the package is installed into another project. There the command runs again in a child process that
// first imports ./strip-types.mjs: its hooks strip our files' types, in the main thread and, because worker
// threads inherit the --import, in the content workers too (hooks registered at run time do not reach workers).
// From a checkout Node strips the files itself, and the command runs in this process.
import { spawn } from 'node:child_process';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const hooks = new URL('./strip-types.mjs', import.meta.url).href;
const entry = new URL('../src/cli/index.ts', import.meta.url);

export async function run(args) {
  const packageDir = fileURLToPath(new URL('..', import.meta.url));
  if (!packageDir.split(sep).includes('node_modules')) {
    const cli = await import(entry.href);
    return cli.main(args);
  }
  // stripTypeScriptTypes() warns that it is experimental, once per thread; the warning is no news to a user.
  const flags = ['--disable-warning=ExperimentalWarning', '--import', hooks];
  const child = spawn(process.execPath, [...flags, fileURLToPath(entry), ...args], { stdio: 'inherit' });
  // Ctrl-C reaches both processes; a signal sent to this one alone is passed on, so the child never outlives it.
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (signal) {
      for (const name of signals) process.removeAllListeners(name);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 1);
  });
}
