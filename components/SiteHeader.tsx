import type { UiText } from '@/lib/content/ui-text';
import type { NavLink } from '@/lib/publish/nav';
import { ThemeButton } from './ThemeButton';

function NavEntry({ link }: { link: NavLink }) {
  return (
    <a href={link.href} aria-current={link.current ? 'page' : undefined}>
      {link.title}
    </a>
  );
}

/** A dropdown (al-folio's `children:`) is a <details>: it opens without JavaScript. */
function NavList({ nav, className }: { nav: readonly NavLink[]; className: string }) {
  return (
    <ul className={className}>
      {nav.map((link) => (
        <li key={`${link.title} ${link.href}`}>
          {link.children === undefined ? (
            <NavEntry link={link} />
          ) : (
            <details className="nav-dropdown">
              <summary className={link.current ? 'nav-current' : undefined}>{link.title}</summary>
              <ul>
                {link.children.map((child) => (
                  <li key={child.href}>
                    <NavEntry link={child} />
                  </li>
                ))}
              </ul>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * The site title (a link home), the menu from site.yml's `nav`, the theme button. On narrow
 * screens the menu folds into a <details>, which opens without JavaScript.
 */
export function SiteHeader({ title, home, nav, ui }: { title: string; home: string; nav: readonly NavLink[]; ui: UiText }) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        {/* Plain links: next/link would add its client router code to every page of this site. */}
        <a className="site-title" href={home}>
          {title}
        </a>
        {nav.length > 0 && (
          <nav className="site-nav" aria-label={ui.main_nav_label}>
            <NavList nav={nav} className="nav-wide" />
            <details className="nav-narrow">
              <summary>{ui.menu_label}</summary>
              <NavList nav={nav} className="nav-menu" />
            </details>
          </nav>
        )}
        <ThemeButton label={ui.theme_label} system={ui.theme_system} />
      </div>
    </header>
  );
}
