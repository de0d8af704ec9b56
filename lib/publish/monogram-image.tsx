// The owner's monogram (or photo) as a PNG, for the Apple touch icon and /favicon.ico.
import { ImageResponse } from 'next/og';
import { Monogram } from '@/components/Monogram';
import type { Author } from '../content/site';
import { avatarDataUrl, imageFonts } from './image-assets';

export function monogramImage(author: Author, publicDir: string, size: number): ImageResponse {
  return new ImageResponse(<Monogram initials={author.initials} photo={avatarDataUrl(author, publicDir)} size={size} />, {
    width: size,
    height: size,
    fonts: imageFonts(),
  });
}
