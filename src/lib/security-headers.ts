/**
 * The Content-Security-Policy of every page, and the headers a host should send. Pages carry the policy in a
 * <meta> tag (works on any static host); hosts that read a `_headers` file (Netlify, Cloudflare Pages) also get
 * it as real headers, with the directives a <meta> policy cannot carry.
 *
 * No 'unsafe-inline' and no 'unsafe-eval': every script is a file, code highlighting uses classes, and the only
 * extra is 'wasm-unsafe-eval', which Pagefind's WebAssembly search needs.
 */
const policy: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** The policy for a <meta http-equiv> tag (frame-ancestors is ignored there, so it is left out). */
export const metaContentSecurityPolicy = policy.map(([name, value]) => `${name} ${value}`).join('; ');

/**
 * The policy pages carry under `astro dev`. Vite serves each stylesheet as a <style> tag (so an edit applies
 * without a reload) and Astro's error overlay styles itself inline, so styles may be inline there; scripts stay
 * exactly as strict as in the built site, so an inline script still fails in the preview. Never in a build.
 */
export const devMetaContentSecurityPolicy = policy
  .map(([name, value]) => `${name} ${name === 'style-src' ? `${value} 'unsafe-inline'` : value}`)
  .join('; ');

/** Headers for hosts that read a `_headers` file. */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': `${metaContentSecurityPolicy}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** The `_headers` file: the same headers for every path under the base. */
export function headersFile(base: string): string {
  const lines = Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`);
  return `${base}*\n${lines.join('\n')}\n`;
}

/** The policy a page's <meta> tag carries: the strict one, or under `astro dev` the one above. */
export function pageContentSecurityPolicy(dev: boolean): string {
  return dev ? devMetaContentSecurityPolicy : metaContentSecurityPolicy;
}
