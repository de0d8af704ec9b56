import { monogramImage } from '@/lib/monogram-image';

export const dynamic = 'force-static';

// For clients that ask for /favicon.ico without reading the page's icon links (feed readers,
// crawlers): a 48×48 PNG, which browsers accept under this name.
export function GET(): Response {
  return monogramImage(48);
}
