import { getSite } from '@/lib/content';
import { monogramSvg } from '@/lib/monogram-svg';

export const dynamic = 'force-static';

export function GET(): Response {
  return new Response(monogramSvg(getSite().author.initials), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
}
