// What the generated images (social card, icons) need from disk, read at build time: the bundled
// Noto Sans font (no network) and a local avatar as a data URL.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Author } from './site';

export interface ImageFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

const FONT_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules', '@fontsource', 'noto-sans', 'files');
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'];
const WEIGHTS: readonly ImageFont['weight'][] = [400, 700];

/** Noto Sans regular and bold for Latin, Cyrillic, Greek and Vietnamese names. */
export function imageFonts(): ImageFont[] {
  return SUBSETS.flatMap((subset) =>
    WEIGHTS.map((weight): ImageFont => ({
      name: 'Noto Sans',
      data: readFileSync(/* turbopackIgnore: true */ path.join(FONT_DIR, `noto-sans-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal',
    })),
  );
}

const IMAGE_TYPES: Readonly<Record<string, string>> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' };

/**
 * The owner's photo as a data URL for the image renderer, or null when there is none it can use
 * (no avatar, a remote one, which the offline build cannot fetch, or a format other than PNG/JPEG).
 */
export function avatarDataUrl(author: Pick<Author, 'avatar'>, publicDir: string): string | null {
  const { avatar } = author;
  if (avatar === null || !avatar.startsWith('/')) return null;
  const type = IMAGE_TYPES[path.extname(avatar).toLowerCase()];
  if (type === undefined) return null;
  const data = readFileSync(/* turbopackIgnore: true */ path.join(publicDir, avatar));
  return `data:${type};base64,${data.toString('base64')}`;
}
