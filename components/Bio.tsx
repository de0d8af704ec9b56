import { Html } from './Html';

/** What the page says before its first heading. */
export function Bio({ html }: { html: string }) {
  return <Html className="prose bio" html={html} />;
}
