import type { Author } from '@/lib/site';
import { ProfileIcon } from './ProfileIcon';

const PIN =
  'M12 2a7 7 0 0 0-7 7c0 5.25 7 13 7 13s7-7.75 7-13a7 7 0 0 0-7-7zm0 9.5a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5z';
const BUILDING =
  'M3 21V7l9-4 9 4v14h-7v-5h-4v5H3zm4-10h2V9H7v2zm4 0h2V9h-2v2zm4 0h2V9h-2v2zm-8 4h2v-2H7v2zm8 0h2v-2h-2v2z';

function FactIcon({ d }: { d: string }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path fill="currentColor" d={d} />
    </svg>
  );
}

/** The sidebar "author profile": photo (or initials), bio line, where they are, their profiles. */
export function AuthorProfile({ author, showName }: { author: Author; showName: boolean }) {
  return (
    <aside className="profile" aria-label="Author profile">
      {author.avatar ? (
        // A plain <img>: the photo is the owner's static file, shown at a fixed size (no layout shift).
        // eslint-disable-next-line @next/next/no-img-element
        <img className="avatar" src={author.avatar} alt={author.name} width={160} height={160} decoding="async" />
      ) : (
        <div className="avatar avatar-initials" aria-hidden="true">
          {author.initials}
        </div>
      )}
      <div className="profile-text">
        {showName && <p className="profile-name">{author.name}</p>}
        {author.bio && <p className="profile-bio">{author.bio}</p>}
        {(author.location || author.employer) && (
          <ul className="profile-facts">
            {author.location && (
              <li>
                <FactIcon d={PIN} />
                <span className="visually-hidden">Location: </span>
                {author.location}
              </li>
            )}
            {author.employer && (
              <li>
                <FactIcon d={BUILDING} />
                <span className="visually-hidden">Employer: </span>
                {author.employer}
              </li>
            )}
          </ul>
        )}
        {author.links.length > 0 && (
          <ul className="profile-links">
            {author.links.map((link) => (
              <li key={link.network}>
                <a href={link.href} rel={link.network === 'email' ? undefined : 'me noopener'}>
                  <ProfileIcon network={link.network} />
                  <span className="link-label">{link.label}</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </aside>
  );
}
