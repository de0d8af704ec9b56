import { ImageResponse } from 'next/og';
import { SOCIAL_CARD, SocialCard } from '@/components/SocialCard';
import { PUBLIC_DIR, getSite } from '@/lib/content';
import { avatarDataUrl, imageFonts } from '@/lib/image-assets';

export const size = SOCIAL_CARD;
export const contentType = 'image/png';

export function generateImageMetadata() {
  const site = getSite();
  const about = [site.author.bio, site.author.employer].filter(Boolean).join(' · ');
  return [{ id: 'card', size, contentType, alt: about === '' ? site.author.name : `${site.author.name}: ${about}` }];
}

export default function OpenGraphImage() {
  const site = getSite();
  return new ImageResponse(<SocialCard site={site} photo={avatarDataUrl(site.author, PUBLIC_DIR)} />, {
    ...size,
    fonts: imageFonts(),
  });
}
