// Module hooks (node --import) that strip the types of this package's own .ts files, which Node refuses to do for
// files under node_modules (ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING). Only our files: other packages' .ts
// files, if any, are left to Node. 'strip' mode blanks the types out in place, so line and column numbers in
// stack traces stay true.
import { readFileSync } from 'node:fs';
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import { fileURLToPath } from 'node:url';

const packageUrl = new URL('../', import.meta.url).href;

function isOurTypeScript(url) {
  const path = url.split(/[?#]/)[0];
  return (
    path.startsWith(packageUrl) && path.endsWith('.ts') && !path.slice(packageUrl.length).includes('node_modules/')
  );
}

registerHooks({
  load(url, context, nextLoad) {
    if (!isOurTypeScript(url)) return nextLoad(url, context);
    const source = readFileSync(fileURLToPath(url.split(/[?#]/)[0]), 'utf8');
    return {
      format: 'module',
      source: stripTypeScriptTypes(source, { mode: 'strip', sourceUrl: url }),
      shortCircuit: true,
    };
  },
});
