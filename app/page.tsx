import type { Metadata } from 'next';
import { AuthorProfile } from '@/components/AuthorProfile';
import { Bio } from '@/components/Bio';
import { Section } from '@/components/Section';
import { getProfile, getSite } from '@/lib/content';
import { titleTemplate } from '@/lib/site';

export function generateMetadata(): Metadata {
  const { meta } = getProfile();
  const site = getSite();
  // An empty title means "the site title", which the layout sets as the default. The layout's
  // template does not reach a page of its own segment, so the home page applies it itself.
  if (meta.title === '' || meta.title === site.title) return {};
  return { title: { absolute: titleTemplate(site).replace('%s', meta.title) } };
}

export default function HomePage() {
  const site = getSite();
  const profile = getProfile();
  const withProfile = profile.meta.author_profile;
  return (
    <div className={withProfile ? 'page page-with-profile' : 'page'}>
      {withProfile && <AuthorProfile author={site.author} />}
      <main id="content" className="content">
        <h1>{site.author.name}</h1>
        {profile.bio !== null && <Bio html={profile.bio} />}
        {profile.sections.map((section) => (
          <Section key={section.id} section={section} />
        ))}
      </main>
    </div>
  );
}
