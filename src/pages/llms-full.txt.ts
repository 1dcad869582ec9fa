/** llms-full.txt: every page's Markdown twin, in reading order. */
import { siteLlmsFullTxt } from '../lib/twin-routes.ts';

export function GET() {
  return new Response(siteLlmsFullTxt(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
