#!/usr/bin/env node
// The `folio` command. Plain JavaScript that any Node can parse, so that on an old Node it can say what is wrong
// in one line instead of failing on a syntax or API it does not know. The command itself is TypeScript
// (src/cli/), which Node 24 runs without a build step.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error('folio needs Node 24 or newer; you have ' + process.version);
  process.exit(1);
}
import('./launch.mjs').then((launch) => launch.run(process.argv.slice(2)));
