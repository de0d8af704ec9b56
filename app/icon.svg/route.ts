import { getSite } from '@/lib/data';
import { monogramSvg } from '@/lib/publish/monogram-svg';

export const dynamic = 'force-static';

export function GET(): Response {
  return new Response(monogramSvg(getSite().author.initials), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
}
