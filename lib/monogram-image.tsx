// The owner's monogram (or photo) as a PNG, for the Apple touch icon and /favicon.ico.
import 'server-only';
import { ImageResponse } from 'next/og';
import { Monogram } from '@/components/Monogram';
import { PUBLIC_DIR, getSite } from './content';
import { avatarDataUrl, imageFonts } from './image-assets';

export function monogramImage(size: number): ImageResponse {
  const { author } = getSite();
  return new ImageResponse(<Monogram initials={author.initials} photo={avatarDataUrl(author, PUBLIC_DIR)} size={size} />, {
    width: size,
    height: size,
    fonts: imageFonts(),
  });
}
