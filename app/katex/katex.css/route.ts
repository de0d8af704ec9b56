import { getMathStyles } from '@/lib/data';
import { katexStylesheet } from '@/lib/publish/katex-assets';

export const dynamic = 'force-static';

export function GET(): Response {
  return new Response(katexStylesheet(getMathStyles()), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
