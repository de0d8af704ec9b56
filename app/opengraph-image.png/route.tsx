import { ImageResponse } from 'next/og';
import { SOCIAL_CARD, SocialCard } from '@/components/SocialCard';
import { PUBLIC_DIR, getSite } from '@/lib/data';
import { avatarDataUrl, imageFonts } from '@/lib/publish/image-assets';

export const dynamic = 'force-static';

// The link preview (og:image, twitter:image), drawn at build time. A route with a .png name rather
// than Next's opengraph-image file, so that a static host serves it as image/png.
export function GET(): Response {
  const site = getSite();
  return new ImageResponse(<SocialCard site={site} photo={avatarDataUrl(site.author, PUBLIC_DIR)} />, {
    ...SOCIAL_CARD,
    fonts: imageFonts(),
  });
}
