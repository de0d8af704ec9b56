import { describe, expect, it } from 'vitest';
import { personJsonLd, serializeJsonLd } from '../lib/publish/json-ld';
import { loadSite } from '../lib/content/site';

const site = loadSite('content', 'public', {});

describe('personJsonLd', () => {
  it('describes the seed owner with her employer and all four profiles', () => {
    expect(personJsonLd(site)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Sanae Lotfi',
      url: 'https://sanaelotfi.github.io/',
      description: 'PhD candidate at NYU. I work on the foundations of deep learning.',
      worksFor: { '@type': 'Organization', name: 'New York University' },
      affiliation: { '@type': 'Organization', name: 'New York University' },
      homeLocation: { '@type': 'Place', name: 'New York, USA' },
      sameAs: [
        'https://scholar.google.com/citations?user=0GyjMX4AAAAJ&authuser=2',
        'https://github.com/Sanaelotfi',
        'https://www.linkedin.com/in/sanae-lotfi-636825127',
        'https://x.com/lotfisanae',
      ],
    });
  });

  it('adds an absolute image for a local avatar and the email, and keeps email out of sameAs', () => {
    const author = {
      ...site.author,
      avatar: '/images/me.jpg',
      links: [{ network: 'email' as const, label: 'Email', href: 'mailto:ada@example.org' }],
    };
    const person = personJsonLd({ ...site, url: 'https://ada.github.io/site', author });
    expect(person).toMatchObject({ image: 'https://ada.github.io/site/images/me.jpg', email: 'mailto:ada@example.org' });
    expect(person).not.toHaveProperty('sameAs');
  });
});

describe('serializeJsonLd', () => {
  it('cannot be closed by content: "</script>" and "<!--" come out escaped and parse back', () => {
    const value = { name: 'Ada </script><script>alert(1)</script> <!-- & \u2028' };
    const json = serializeJsonLd(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
