/** Astro integration: writes `_headers` (the security headers for hosts that read it) into the built site. */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { headersFile } from '../lib/security-headers.ts';

export default function securityHeaders(base: string): AstroIntegration {
  return {
    name: 'folio:security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile(base));
      },
    },
  };
}
