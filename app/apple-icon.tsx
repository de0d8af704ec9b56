import { monogramImage } from '@/lib/monogram-image';

export const size = { width: 180, height: 180 };
export const contentType = 'image/png';

export default function AppleIcon() {
  return monogramImage(size.width);
}
