import { ThemeButton } from './ThemeButton';

export interface NavLink {
  title: string;
  href: string;
  current: boolean;
}

/** The site title (a link home), the navigation when the site has more pages, the theme button. */
export function SiteHeader({ title, nav = [] }: { title: string; nav?: readonly NavLink[] }) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        {/* Plain links: next/link would add its client router code to every page of this site. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a className="site-title" href="/">
          {title}
        </a>
        {nav.length > 0 && (
          <nav className="site-nav" aria-label="Main">
            <ul>
              {nav.map((link) => (
                <li key={link.href}>
                  <a href={link.href} aria-current={link.current ? 'page' : undefined}>
                    {link.title}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <ThemeButton />
      </div>
    </header>
  );
}
