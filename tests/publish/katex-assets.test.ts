import { describe, expect, it } from 'vitest';
import { katexFont, katexFonts, katexStylesheet } from '../../lib/publish/katex-assets';
import { escapeHtml } from '../../lib/publish/escape-html';

describe("KaTeX's fonts and stylesheet, served by the site", () => {
  it('lists only the WOFF2 fonts, in order, and serves those alone', () => {
    const fonts = katexFonts();
    expect(fonts.length).toBeGreaterThan(10);
    expect(fonts.every((name) => name.endsWith('.woff2'))).toBe(true);
    expect([...fonts].sort()).toEqual(fonts);
    expect(fonts).toContain('KaTeX_Main-Regular.woff2');
    expect(katexFont('KaTeX_Main-Regular.woff2')?.subarray(0, 4).toString('latin1')).toBe('wOF2');
    for (const name of ['KaTeX_Main-Regular.ttf', 'KaTeX_Main-Regular.woff', '../katex.css', 'nothing.woff2']) expect(katexFont(name)).toBeNull();
  });

  it('keeps one WOFF2 source per font, and adds the classes of the inline styles after it', () => {
    const css = katexStylesheet(new Map([['k-b', 'margin-right:0.1em'], ['k-a', 'height:1em']]));
    expect(css).toMatch(/src:url\(fonts\/KaTeX_Main-Regular\.woff2\) format\("woff2"\)[;}]/);
    expect(css).not.toMatch(/\.woff\)|\.ttf\)|format\("woff"\)|format\("truetype"\)/);
    expect(css.endsWith("\n/* KaTeX's inline styles, as classes (the site's CSP allows no style attributes) */\n.k-a{height:1em}\n.k-b{margin-right:0.1em}\n")).toBe(true);
  });
});

describe('text in HTML and XML (escapeHtml)', () => {
  it('escapes the five characters that can end text or an attribute, and nothing else', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp; é</a>`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;amp; é&#60;/a&#62;');
    expect(escapeHtml('plain text')).toBe('plain text');
  });
});
