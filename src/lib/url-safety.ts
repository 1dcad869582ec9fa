/**
 * Which URLs the site may emit. Every URL is read the way a browser reads it (the WHATWG URL parser, which
 * Node's URL implements): browsers drop tabs and newlines anywhere in a URL and spaces and control characters
 * around it, and decode character references in HTML before that. So "java\tscript:", " javascript:" and
 * "jav&#x61;script:" are all javascript: URLs, and a check that looks at the written text is easy to fool.
 * Deciding on the parsed URL is not.
 *
 * - A link (href, cite) may go to a web page (http:, https:), a mail address (mailto:) or anywhere on this site.
 *   Anything else can run script (javascript:, vbscript:), show attacker-made pages (data:, blob:) or reach into
 *   the reader's machine (file:).
 * - A resource the page loads by itself (an image's src) must come from this site: loading from elsewhere tells
 *   another server who reads the page, and the page's security policy blocks it anyway.
 * - A web address in front matter (a credit's url) must be a full http: or https: address.
 */

/** Stands for the site while resolving: any relative URL resolves to it. The .invalid TLD never exists. */
const siteOrigin = 'https://site.invalid';
const somePage = `${siteOrigin}/section/page/`;

const linkSchemes = new Set(['http:', 'https:', 'mailto:']);
const webSchemes = new Set(['http:', 'https:']);

/** The URL as written (shortened), next to the scheme the browser reads in it, so the contributor sees the trick. */
function shown(url: string): string {
  const short = url.length > 60 ? `${url.slice(0, 57)}...` : url;
  return JSON.stringify(short);
}

/** Why a link URL (href, cite) may not be on a page, or undefined when it may. */
export function linkUrlProblem(url: string): string | undefined {
  const scheme = URL.parse(url, somePage)?.protocol;
  if (scheme === undefined) return `${shown(url)} is not a URL a browser can follow`;
  if (linkSchemes.has(scheme)) return undefined;
  return `${shown(url)} is a ${scheme} URL to a browser; links may only go to http:, https: or mailto: addresses or to pages of this site`;
}

/** Why a URL a page loads by itself (img src) may not be on a page, or undefined when it may. */
export function resourceUrlProblem(url: string): string | undefined {
  const parsed = URL.parse(url, somePage);
  if (!parsed) return `${shown(url)} is not a URL a browser can load`;
  if (parsed.origin === siteOrigin) return undefined;
  if (!webSchemes.has(parsed.protocol))
    return `${shown(url)} is a ${parsed.protocol} URL to a browser; images and other files a page loads must come from this site`;
  return `${shown(url)} loads from ${parsed.host}, outside this site; images and other files a page loads must come from this site (put them in public/)`;
}

/** Why a web address given in front matter is not one, or undefined when it is. */
export function webAddressProblem(url: string): string | undefined {
  // A browser would quietly drop these; a URL that needs them is hiding something.
  if (/[\s\u0000-\u001f\u007f-\u009f]/.test(url)) return 'a URL has no spaces, tabs, line breaks or control characters';
  const parsed = URL.parse(url);
  if (!parsed) return 'write the full address, starting with https://';
  if (!webSchemes.has(parsed.protocol))
    return `${parsed.protocol} addresses are not allowed here; give the address of a web page, starting with https://`;
  if (!parsed.hostname) return 'the address names no host; write it as https://host/path';
  return undefined;
}
