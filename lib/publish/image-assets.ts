// What the generated images (social card, icons) need from disk, read at build time: the bundled
// Noto Sans font (no network) and a local avatar as a data URL.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Author } from '../content/site';

export interface ImageFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

/** The font package's files, found as Node finds packages: in node_modules here or in a parent folder. */
function fontDir(): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(/* turbopackIgnore: true */ dir, 'node_modules', '@fontsource', 'noto-sans', 'files');
    if (existsSync(/* turbopackIgnore: true */ candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error('@fontsource/noto-sans is not installed: run npm install');
  }
}
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'];
const WEIGHTS: readonly ImageFont['weight'][] = [400, 700];

/** Noto Sans regular and bold for Latin, Cyrillic, Greek and Vietnamese names. */
export function imageFonts(): ImageFont[] {
  const dir = fontDir();
  return SUBSETS.flatMap((subset) =>
    WEIGHTS.map((weight): ImageFont => ({
      name: 'Noto Sans',
      data: readFileSync(/* turbopackIgnore: true */ path.join(dir, `noto-sans-${subset}-${weight}-normal.woff`)),
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
