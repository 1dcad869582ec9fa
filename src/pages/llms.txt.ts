/** llms.txt (https://llmstxt.org): the site and its pages by section, linked to their Markdown twins. */
import { siteLlmsTxt } from '../lib/twin-routes.ts';

export function GET() {
  return new Response(siteLlmsTxt(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
