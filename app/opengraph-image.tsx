import { ImageResponse } from 'next/og';
import { SOCIAL_CARD, SocialCard } from '@/components/SocialCard';
import { PUBLIC_DIR, getSite } from '@/lib/content';
import { avatarDataUrl, imageFonts } from '@/lib/image-assets';

export const size = SOCIAL_CARD;
export const contentType = 'image/png';
export const alt = socialCardAlt();

function socialCardAlt(): string {
  const { author } = getSite();
  const about = [author.bio, author.employer].filter(Boolean).join(' · ');
  return about === '' ? author.name : `${author.name}: ${about}`;
}

export default function OpenGraphImage() {
  const site = getSite();
  return new ImageResponse(<SocialCard site={site} photo={avatarDataUrl(site.author, PUBLIC_DIR)} />, {
    ...size,
    fonts: imageFonts(),
  });
}
