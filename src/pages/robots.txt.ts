import { joinBase } from '../lib/urls.ts';
import { site } from '../site.config.ts';

export function GET() {
  const sitemap = new URL(joinBase(site.base, '/sitemap-index.xml'), site.url).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain' },
  });
}
