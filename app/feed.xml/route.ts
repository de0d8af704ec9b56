import { feedResponse } from '@/lib/content';

export const dynamic = 'force-static';

export function GET(): Response {
  return feedResponse('atom');
}
