import { feedResponse } from '@/lib/data';

export const dynamic = 'force-static';

export function GET(): Response {
  return feedResponse('json');
}
