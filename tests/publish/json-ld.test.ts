import { describe, expect, it } from 'vitest';
import { personJsonLd, serializeJsonLd } from '../../lib/publish/json-ld';
import { FIXTURE_CONTENT, readSite } from '../helpers';

const site = readSite(FIXTURE_CONTENT, 'public', {});

describe('personJsonLd', () => {
  it('describes the fixture owner with her employer and all four profiles', () => {
    expect(personJsonLd(site)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Grace Hopper',
      url: 'https://grace-hopper.example.org/',
      description: 'Computer scientist. I work on compilers and programming languages.',
      worksFor: { '@type': 'Organization', name: 'United States Navy' },
      affiliation: { '@type': 'Organization', name: 'United States Navy' },
      homeLocation: { '@type': 'Place', name: 'Arlington, USA' },
      sameAs: [
        'https://scholar.google.com/citations?user=HopperGrace1',
        'https://github.com/gracehopper',
        'https://www.linkedin.com/in/grace-hopper-1906',
        'https://x.com/gracehopper',
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

describe('personJsonLd, what it leaves out', () => {
  it('names the owner and the home page alone when nothing else is known', () => {
    const author = { ...site.author, avatar: null, bio: undefined, employer: undefined, location: undefined, links: [] };
    expect(personJsonLd({ ...site, url: 'https://ada.github.io/site', author })).toStrictEqual({ '@context': 'https://schema.org', '@type': 'Person', name: 'Grace Hopper', url: 'https://ada.github.io/site/' });
  });

  it('lists only web profiles in sameAs, keeps an avatar URL as it is, and takes the email link as the email', () => {
    const author = {
      ...site.author,
      avatar: 'https://cdn.example.org/me.jpg',
      links: [
        { network: 'github' as const, label: 'GitHub', href: 'HTTPS://github.com/ada' },
        { network: 'link' as const, label: 'Web', href: 'http://ada.example.org' },
        { network: 'link' as const, label: 'FTP', href: 'ftp://ada.example.org' },
        { network: 'link' as const, label: 'Local', href: '/files/cv.pdf' },
        { network: 'link' as const, label: 'Elsewhere', href: 'x https://no.example.org' },
        { network: 'link' as const, label: 'None', href: null },
        { network: 'email' as const, label: 'Email', href: 'https://mail.example.org/ada' },
      ],
    };
    const person = personJsonLd({ ...site, author });
    expect(person).toMatchObject({ image: 'https://cdn.example.org/me.jpg', email: 'https://mail.example.org/ada', sameAs: ['HTTPS://github.com/ada', 'http://ada.example.org'] });
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

describe('serializeJsonLd', () => {
  it('escapes each of <, >, &, U+2028 and U+2029 on its own, and nothing else', () => {
    expect(serializeJsonLd('<')).toBe('"\\u003c"');
    expect(serializeJsonLd('>')).toBe('"\\u003e"');
    expect(serializeJsonLd('&')).toBe('"\\u0026"');
    expect(serializeJsonLd('\u2028')).toBe('"\\u2028"');
    expect(serializeJsonLd('\u2029')).toBe('"\\u2029"');
    expect(serializeJsonLd({ a: 'é "q"' })).toBe('{"a":"é \\"q\\""}');
    expect(JSON.parse(serializeJsonLd('<>&\u2028\u2029'))).toBe('<>&\u2028\u2029');
  });
});

describe('personJsonLd, field by field', () => {
  it('leaves out what the author block does not have, and keeps a remote avatar as written', () => {
    const author = { ...site.author, bio: undefined, employer: undefined, location: undefined, links: [], avatar: 'https://img.example.org/me.jpg' };
    expect(personJsonLd({ ...site, author })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Grace Hopper',
      url: 'https://grace-hopper.example.org/',
      image: 'https://img.example.org/me.jpg',
    });
  });
});
