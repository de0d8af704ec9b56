import type { Page } from '@/lib/render/page';
import type { Author } from '@/lib/content/site';
import type { UiText } from '@/lib/content/ui-text';
import { AuthorProfile } from './AuthorProfile';
import { Bio } from './Bio';
import { Section } from './Section';

/** A page of the site: the sidebar profile when the page asks for it, then its text and sections. */
export function PageView({ page, heading, author, ui }: { page: Page; heading: string; author: Author; ui: UiText }) {
  const withProfile = page.meta.author_profile;
  return (
    <div className={withProfile ? 'page page-with-profile' : 'page'}>
      {withProfile && <AuthorProfile author={author} ui={ui} />}
      <main id="content" className="content" tabIndex={-1}>
        <h1>{heading}</h1>
        {page.bio !== null && <Bio html={page.bio} />}
        {page.sections.map((section) => (
          <Section key={section.id} section={section} />
        ))}
      </main>
    </div>
  );
}
