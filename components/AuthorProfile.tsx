import type { Author } from '@/lib/content/site';
import type { UiText } from '@/lib/content/ui-text';
import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

function Fact({ icon, label, children }: { icon: IconName; label: string; children: ReactNode }) {
  return (
    <li>
      <Icon name={icon} />
      <span className="visually-hidden">{label}: </span>
      {children}
    </li>
  );
}

/**
 * The sidebar "author profile": photo (or initials), bio line, where they are, their profiles.
 * `href` puts a site path (the photo, a CV file) under the base path.
 */
export function AuthorProfile({ author, ui, href }: { author: Author; ui: UiText; href: (sitePath: string) => string }) {
  const local = (address: string) => (address.startsWith('/') ? href(address) : address);
  return (
    <aside className="profile" aria-label={ui.author_profile_label}>
      {author.avatar ? (
        // A plain <img>: the photo is the owner's static file, shown at a fixed size (no layout shift).
        // eslint-disable-next-line @next/next/no-img-element
        <img className="avatar" src={local(author.avatar)} alt={author.name} width={160} height={160} decoding="async" />
      ) : (
        <div className="avatar avatar-initials" aria-hidden="true">
          {author.initials}
        </div>
      )}
      <div className="profile-text">
        {author.bio && <p className="profile-bio">{author.bio}</p>}
        {author.moreInfo && <div className="profile-more" dangerouslySetInnerHTML={{ __html: author.moreInfo }} />}
        {(author.location || author.employer) && (
          <ul className="profile-facts">
            {author.location && (
              <Fact icon="location" label={ui.location_label}>
                {author.location}
              </Fact>
            )}
            {author.employer && (
              <Fact icon="employer" label={ui.employer_label}>
                {author.employer}
              </Fact>
            )}
          </ul>
        )}
        {author.links.length > 0 && (
          <ul className="profile-links">
            {author.links.map((link) => (
              <li key={`${link.network} ${link.href ?? link.label}`}>
                {link.href === null ? (
                  // An address written for people only: shown as its owner wrote it.
                  <span className="profile-text-link">
                    <Icon name={link.network} />
                    <span className="link-label">{link.label}</span>
                  </span>
                ) : (
                  <a href={local(link.href)} rel={link.network === 'email' || link.href.startsWith('/') ? undefined : 'me noopener'}>
                    <Icon name={link.network} />
                    <span className="link-label">{link.label}</span>
                  </a>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </aside>
  );
}
