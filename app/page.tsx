import type { Metadata } from 'next';
import { AuthorProfile } from '@/components/AuthorProfile';
import { Bio } from '@/components/Bio';
import { JsonLd } from '@/components/JsonLd';
import { Section } from '@/components/Section';
import { getAnnouncedFeeds, getDeployment, getProfile, getSite } from '@/lib/content';
import { personJsonLd } from '@/lib/json-ld';
import { pageMetadata } from '@/lib/metadata';

export function generateMetadata(): Metadata {
  const { meta } = getProfile();
  return pageMetadata(getSite(), { path: meta.permalink, title: meta.title }, getDeployment(), getAnnouncedFeeds());
}

export default function HomePage() {
  const site = getSite();
  const profile = getProfile();
  const withProfile = profile.meta.author_profile;
  return (
    <div className={withProfile ? 'page page-with-profile' : 'page'}>
      <JsonLd data={personJsonLd(site)} />
      {withProfile && <AuthorProfile author={site.author} />}
      <main id="content" className="content" tabIndex={-1}>
        <h1>{site.author.name}</h1>
        {profile.bio !== null && <Bio html={profile.bio} />}
        {profile.sections.map((section) => (
          <Section key={section.id} section={section} />
        ))}
      </main>
    </div>
  );
}
