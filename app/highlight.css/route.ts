import { getCodeStyles } from '@/lib/data';
import { classRules } from '@/lib/render/class-rules';

export const dynamic = 'force-static';

/** The colours of the site's code blocks (lib/render/highlight.ts): one rule per token class. */
export function GET(): Response {
  return new Response(`/* Code colours (Shiki, GitHub's light and dark themes), following the site's theme */\n${classRules(getCodeStyles())}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
