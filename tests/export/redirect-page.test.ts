import { describe, expect, it } from 'vitest';
import { exportedPath, redirectFile, redirectPage } from '../../lib/export/redirect-page';

describe('redirect pages', () => {
  it.each([
    ['/about', 'about/index.html'],
    ['/about/', 'about/index.html'],
    ['/about.html', 'about.html'],
    ['/old/talks.htm', 'old/talks.htm'],
    ['/caf%C3%A9/', 'café/index.html'],
  ])('%s is answered by %s', (from, file) => {
    expect(redirectFile(from)).toBe(file);
  });

  it.each([
    ['/', '', '/'],
    ['/teaching', '', '/teaching/'],
    ['/teaching/', '/site', '/site/teaching/'],
    ['/cv.html', '/site', '/site/cv.html'],
  ])('the page at %s is exported at %s + %s', (permalink, basePath, target) => {
    expect(exportedPath(permalink, basePath)).toBe(target);
  });

  it('refreshes at once, names the canonical address, is noindex, and links for those who stay', () => {
    const html = redirectPage({
      target: '/site/"x"/',
      canonical: 'https://a.org/site/"x"/',
      lang: 'fr',
      dir: 'ltr',
      title: 'Redirection…',
      text: 'Cette page a été déplacée vers',
    });
    expect(html).toContain('<html lang="fr" dir="ltr">');
    expect(html).toContain('<title>Redirection…</title>');
    expect(html).toContain('<p>Cette page a été déplacée vers <a href=');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/site/&#x22;x&#x22;/">');
    expect(html).toContain('<link rel="canonical" href="https://a.org/site/&#x22;x&#x22;/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<a href="/site/&#x22;x&#x22;/">https://a.org/site/"x"/</a>');
  });
});

describe('redirectFile and exportedPath, at their edges', () => {
  it.each([
    ['/', 'index.html'],
    ['//about//', 'about/index.html'],
    ['/Talks.HTM', 'Talks.HTM'],
    ['/a.html/b', 'a.html/b/index.html'],
    ['/100%', '100%/index.html'],
  ])('%s is answered by %s', (from, file) => {
    expect(redirectFile(from)).toBe(file);
  });

  it.each([
    ['/cv.PDF', '', '/cv.PDF'],
    ['/v1.2/notes/', '', '/v1.2/notes/'],
    ['/a.b/c', '/x', '/x/a.b/c/'],
    ['/', '/x', '/x/'],
  ])('the page at %s is exported at %s + %s', (permalink, basePath, target) => {
    expect(exportedPath(permalink, basePath)).toBe(target);
  });

  it('carries a policy that allows no script', () => {
    const html = redirectPage({ target: '/', canonical: 'https://a.org/', lang: 'ar', dir: 'rtl', title: 't', text: 'x' });
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none';`);
    expect(html).toContain('<html lang="ar" dir="rtl">');
  });

  it('is this whole page, one element a line', () => {
    const html = redirectPage({ target: '/b/', canonical: 'https://a.org/b/', lang: 'en', dir: 'ltr', title: 'Moved', text: 'Now at' });
    const policy = /content="([^"]*)"/.exec(html.split('\n')[4] ?? '')?.[1];
    expect(html).toBe(
      [
        '<!doctype html>',
        '<html lang="en" dir="ltr">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
        '<title>Moved</title>',
        '<link rel="canonical" href="https://a.org/b/">',
        '<meta name="robots" content="noindex">',
        '<meta http-equiv="refresh" content="0; url=/b/">',
        '</head>',
        '<body>',
        '<p>Now at <a href="/b/">https://a.org/b/</a>.</p>',
        '</body>',
        '</html>',
        '',
      ].join('\n'),
    );
    expect(policy).toMatch(/^default-src 'self'; script-src 'none';/);
  });
});
