// The header menu for one page: site.yml's `nav` with links under the base path and the current
// page marked.
import { routeKey } from '../content/routes';
import type { NavItem } from '../content/site';

export interface NavLink {
  title: string;
  href: string;
  /** this page, or (for a dropdown) one of its entries */
  current: boolean;
  /** a dropdown's entries */
  children?: NavLink[];
}

/**
 * @param currentPermalink the permalink of the page showing the menu, or null on the 404 page
 * @param href puts a site path under the base path
 */
export function navFor(items: readonly NavItem[], currentPermalink: string | null, href: (sitePath: string) => string): NavLink[] {
  const current = currentPermalink === null ? null : routeKey(currentPermalink);
  const link = (item: NavItem): NavLink => ({
    title: item.title,
    href: item.external ? item.url : href(item.url),
    current: !item.external && routeKey(item.url.replace(/[?#].*$/, '')) === current,
  });
  return items.map((item) => {
    if (item.children === undefined) return link(item);
    const children = item.children.map(link);
    return { ...link(item), current: children.some((child) => child.current), children };
  });
}
