import { PUBLIC_DIR, getSite } from '@/lib/data';
import { monogramImage } from '@/lib/publish/monogram-image';

export const dynamic = 'force-static';

// For clients that ask for /favicon.ico without reading the page's icon links (feed readers,
// crawlers): a 48×48 PNG, which browsers accept under this name.
export function GET(): Response {
  return monogramImage(getSite().author, PUBLIC_DIR, 48);
}
