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
});
