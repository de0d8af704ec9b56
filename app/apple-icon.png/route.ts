import { monogramImage } from '@/lib/monogram-image';

export const dynamic = 'force-static';

export function GET(): Response {
  return monogramImage(180);
}
