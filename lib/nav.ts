// The header menu for one page: site.yml's `nav` with links under the base path and the current
// page marked.
import { routePath } from './pages.mjs';
import type { NavItem } from './site';

export interface NavLink {
  title: string;
  href: string;
  current: boolean;
}

export function navFor(items: readonly NavItem[], currentRoute: string, href: (sitePath: string) => string): NavLink[] {
  return items.map((item) => ({
    title: item.title,
    href: item.external ? item.url : href(item.url),
    current: !item.external && routePath(item.url.replace(/[?#].*$/, '')) === currentRoute,
  }));
}
