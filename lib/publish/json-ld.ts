// schema.org structured data for the owner (a Person), and its safe serialisation into a <script>.
import type { Person, WithContext } from 'schema-dts';
import { absoluteUrl } from '../content/routes';
import type { SiteConfig } from '../content/site';

export function personJsonLd(site: SiteConfig): WithContext<Person> {
  const { author } = site;
  const sameAs = author.links.flatMap((link) => (link.network === 'email' || link.href === null || !/^https?:/i.test(link.href) ? [] : [link.href]));
  const email = author.links.find((link) => link.network === 'email')?.href ?? undefined;
  const avatar = author.avatar === null ? undefined : author.avatar.startsWith('/') ? absoluteUrl(site, author.avatar) : author.avatar;
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: author.name,
    url: absoluteUrl(site, '/'),
    ...(avatar === undefined ? {} : { image: avatar }),
    ...(author.bio === undefined ? {} : { description: author.bio }),
    ...(author.employer === undefined
      ? {}
      : {
          worksFor: { '@type': 'Organization', name: author.employer },
          affiliation: { '@type': 'Organization', name: author.employer },
        }),
    ...(author.location === undefined ? {} : { homeLocation: { '@type': 'Place', name: author.location } }),
    ...(email === undefined ? {} : { email }),
    ...(sameAs.length === 0 ? {} : { sameAs }),
  };
}

/**
 * JSON for an inline <script type="application/ld+json">: "<", ">" and "&" are escaped so no
 * text from the content can close the script element, and U+2028/U+2029 so it stays valid JS.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
