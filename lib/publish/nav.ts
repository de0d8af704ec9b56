// The header menu for one page: site.yml's `nav` with links under the base path and the current
// page marked.
import { routeKey } from '../content/routes';
import type { NavItem } from '../content/site';

export interface NavLink {
  title: string;
  href: string;
  current: boolean;
}

/**
 * @param currentPermalink the permalink of the page showing the menu, or null on the 404 page
 * @param href puts a site path under the base path
 */
export function navFor(items: readonly NavItem[], currentPermalink: string | null, href: (sitePath: string) => string): NavLink[] {
  const current = currentPermalink === null ? null : routeKey(currentPermalink);
  return items.map((item) => ({
    title: item.title,
    href: item.external ? item.url : href(item.url),
    current: !item.external && routeKey(item.url.replace(/[?#].*$/, '')) === current,
  }));
}
