import type { SiteConfig } from '@/lib/content/site';

export const SOCIAL_CARD = { width: 1200, height: 630 };

/** The 1200×630 link preview: name, bio line and employer, large enough to read as a thumbnail. */
export function SocialCard({ site, photo }: { site: SiteConfig; photo: string | null }) {
  const { author } = site;
  const facts = [author.employer, author.location].filter((fact) => fact !== undefined);
  const host = site.url.replace(/^https?:\/\//, '');
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        background: '#ffffff',
        color: '#1c2024',
        fontFamily: 'Noto Sans',
        borderTop: '20px solid #1d4ed8',
        padding: '64px 72px',
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1, justifyContent: 'space-between' }}>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ display: 'block', lineClamp: 2, fontSize: 80, fontWeight: 700, lineHeight: 1.1 }}>{author.name}</div>
          {author.bio !== undefined && (
            <div style={{ display: 'block', lineClamp: 3, fontSize: 40, lineHeight: 1.3, marginTop: 28, color: '#2b323a' }}>{author.bio}</div>
          )}
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', fontSize: 34, color: '#4f5862' }}>
          {facts.length > 0 && <div style={{ fontWeight: 700, color: '#1c2024' }}>{facts.join(' · ')}</div>}
          <div style={{ marginTop: 8 }}>{host}</div>
        </div>
      </div>
      <div
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          width: 260,
          height: 260,
          flexShrink: 0,
          marginLeft: 56,
          borderRadius: 130,
          overflow: 'hidden',
          background: '#1d4ed8',
          color: '#ffffff',
          fontSize: 110,
          fontWeight: 700,
        }}
      >
        {photo === null ? author.initials : (
        // eslint-disable-next-line @next/next/no-img-element -- drawn into a PNG by next/og at build time
        <img src={photo} alt="" width={260} height={260} style={{ objectFit: 'cover' }} />
      )}
      </div>
    </div>
  );
}
