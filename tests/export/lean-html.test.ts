import { describe, expect, it } from 'vitest';
import { leanHtml, leanPolicy, loadHtmlParser } from '../../lib/export/lean-html';
import { scriptHash } from '../../lib/publish/security-headers';

const parser = await loadHtmlParser();

const THEME = '(function(){document.documentElement.dataset.x="1"})();';
const NEXT_PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/m.js"/>',
  '<script src="/_next/static/chunks/c.js" async=""></script>',
  '<title>T</title>',
  `<script>${THEME}</script>`,
  '<script src="/_next/static/chunks/p.js" noModule=""></script>',
  '</head><body><div hidden=""><!--$--><!--/$--></div><main><h1>Hi</h1><p>Text &amp; more</p></main>',
  '<script type="application/ld+json">{"@type":"Person","name":"A \\u003c B"}</script>',
  '<script id="_R_">self.__next_r="x"</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>',
  '</body></html>',
].join('');

describe('leanHtml', () => {
  const lean = () => leanHtml(NEXT_PAGE, { keepScripts: [THEME], page: 'index.html', parser });

  it("removes Next's scripts, script preloads and inline runtime, and says what it removed", () => {
    const { html, removed } = lean();
    expect(html).not.toMatch(/_next\/static\/chunks\/[^"]+\.js/);
    expect(html).not.toContain('__next_f');
    expect(html).not.toContain('TURBOPACK');
    expect(html).not.toContain('__next_r');
    expect(removed).toEqual([
      'preload /_next/static/chunks/b.js',
      'modulepreload /_next/static/chunks/m.js',
      '/_next/static/chunks/c.js',
      '/_next/static/chunks/p.js',
      'an inline script',
      'an inline script',
      'an inline script',
    ]);
  });

  it('keeps the stylesheet, the theme script, the JSON-LD and the content as they were', () => {
    const { html } = lean();
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next">');
    expect(html).toContain(`<script>${THEME}</script>`);
    expect(html).toContain('<script type="application/ld+json">{"@type":"Person","name":"A \\u003c B"}</script>');
    expect(html).toContain('<main><h1>Hi</h1><p>Text &amp; more</p></main>');
  });

  it('adds a CSP <meta> right after the charset that allows only the kept script, by its hash', () => {
    const { html } = lean();
    const policy = leanPolicy([THEME]);
    expect(html).toContain(`<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${policy}">`);
    expect(policy).toContain(`script-src ${scriptHash(THEME)};`);
    expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(leanPolicy([])).toContain("script-src 'none';");
  });

  it('refuses a page that would still load JavaScript after the rewrite', () => {
    const sneaky = '<html><head><meta charset="utf-8"></head><body><img src="/_next/static/chunks/x.js"></body></html>';
    expect(() => leanHtml(sneaky, { keepScripts: [], page: 'talks/index.html', parser })).toThrow(
      'talks/index.html: the lean page still loads JavaScript: /_next/static/chunks/x.js',
    );
  });
});

describe('leanHtml, element by element', () => {
  const page = (head: string, body = '') => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
  const lean = (html: string, keep: string[] = []) => leanHtml(html, { keepScripts: keep, page: 'p.html', parser });

  it('writes the full policy of a lean page, hashing only the kept scripts the page holds', () => {
    expect(leanPolicy(['a'])).toBe(
      `default-src 'self'; script-src ${scriptHash('a')}; style-src 'self'; img-src 'self' data: https:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'`,
    );
    const { html } = lean(page('<meta charset="utf-8"><script>keep()</script>'), ['keep()', 'absent()']);
    expect(html).toContain(`script-src ${scriptHash('keep()')};`);
    expect(html).not.toContain(scriptHash('absent()'));
  });

  it('puts the policy right after <meta charset>, and first in <head> without one', () => {
    expect(lean(page('<title>t</title><meta charset="utf-8"><link rel="stylesheet" href="/a.css">')).html).toMatch(
      /<head><title>t<\/title><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="[^"]+"><link rel="stylesheet"/,
    );
    expect(lean(page('<title>t</title>')).html).toMatch(/<head><meta http-equiv="Content-Security-Policy" content="[^"]+"><title>t<\/title>/);
  });

  it('keeps stylesheets, style preloads and JSON-LD with a src-less body; drops script preloads and any script file', () => {
    const { html, removed } = lean(
      page(
        '<link rel="Preload" as="style" href="/a.css"><link rel="preload" as="script" href="/b.js"><link rel="modulepreload" href="/m.js"><script type="module" src="/x.js"></script>',
        '<script type="application/ld+json">{"a":1}</script><template><script>inTemplate()</script><p>kept</p></template>',
      ),
    );
    expect(html).toContain('<link rel="Preload" as="style" href="/a.css">');
    expect(html).toContain('<script type="application/ld+json">{"a":1}</script>');
    expect(html).toContain('<template><p>kept</p></template>');
    expect(removed).toEqual(['preload /b.js', 'modulepreload /m.js', '/x.js', 'an inline script']);
  });

  it('keeps an inline script only when its whole text is one to keep', () => {
    expect(lean(page('<script>keep()</script><script>keep();more()</script>'), ['keep()']).removed).toEqual(['an inline script']);
  });

  it('drops a script file even when its text is one to keep; keeps what only looks like a preload', () => {
    const { html, removed } = lean(page('<script src="/k.js">keep()</script><link rel="stylesheet" as="script" href="/s.css">', '<div rel="modulepreload">d</div>'), ['keep()']);
    expect(removed).toEqual(['/k.js']);
    expect(html).toContain('<link rel="stylesheet" as="script" href="/s.css">');
    expect(html).toContain('<div rel="modulepreload">d</div>');
    expect(() => lean(page('', '<a href="/_next/static/chunks/a.js">a</a>'))).toThrow('p.html: the lean page still loads JavaScript: /_next/static/chunks/a.js');
  });
});
