import { PUBLIC_DIR, getSite } from '@/lib/data';
import { monogramImage } from '@/lib/publish/monogram-image';

export const dynamic = 'force-static';

export function GET(): Response {
  return monogramImage(getSite().author, PUBLIC_DIR, 180);
}
