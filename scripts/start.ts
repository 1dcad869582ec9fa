/**
 * `npm start`: builds the site (scripts/build.ts) and serves it with Astro's preview server on port 4321
 * (PORT to change it). When the port is taken, by an earlier `npm start` still running or by another program,
 * it serves on the next free port and says so, rather than stopping with a stack trace.
 */
import { spawnSync } from 'node:child_process';

const wanted = Number(process.env['PORT'] ?? 4321);
const built = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
const { preview } = await import('astro');
const server = await preview({ server: { port: wanted } });
if (server.port !== wanted)
  console.log(
    `Port ${wanted} is in use (an earlier \`npm start\` may still be running), so this one serves the new build on port ${server.port}.`,
  );
await server.closed();
