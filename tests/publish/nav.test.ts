import { describe, expect, it } from 'vitest';
import { navFor } from '../../lib/publish/nav';

describe('navFor', () => {
  const items = [
    { title: 'Publications', url: '/publications/', external: false },
    { title: 'CV', url: '/cv.html#top', external: false },
    { title: 'Blog', url: 'https://blog.example.org/', external: true },
  ];
  const href = (sitePath: string) => `/site${sitePath}`;

  it('marks the current page and puts internal links under the base path', () => {
    expect(navFor(items, '/publications/', href)).toEqual([
      { title: 'Publications', href: '/site/publications/', current: true },
      { title: 'CV', href: '/site/cv.html#top', current: false },
      { title: 'Blog', href: 'https://blog.example.org/', current: false },
    ]);
    expect(navFor(items, '/cv.html', href).map((link) => link.current)).toEqual([false, true, false]);
    expect(navFor(items, null, href).map((link) => link.current)).toEqual([false, false, false]);
  });

  it('matches a permalink written with or without its slash or percent-encoding', () => {
    const cafe = [{ title: 'Café', url: '/café/', external: false }];
    expect(navFor(cafe, '/caf%C3%A9', href)[0]?.current).toBe(true);
  });

  it('marks a dropdown current when one of its entries is, and keeps the query out of the match', () => {
    const menu = [
      { title: 'More', url: '/more/', external: false, children: [{ title: 'Talks', url: '/talks/?year=2024', external: false }, { title: 'Lab', url: 'https://lab.example.org/', external: true }] },
      { title: 'Search', url: '/search/?q=x#results', external: false },
    ];
    expect(navFor(menu, '/talks/', href)).toEqual([
      { title: 'More', href: '/site/more/', current: true, children: [{ title: 'Talks', href: '/site/talks/?year=2024', current: true }, { title: 'Lab', href: 'https://lab.example.org/', current: false }] },
      { title: 'Search', href: '/site/search/?q=x#results', current: false },
    ]);
    expect(navFor(menu, '/more/', href)[0]?.current).toBe(false);
    expect(navFor(menu, '/search/', href)[1]?.current).toBe(true);
  });
});
