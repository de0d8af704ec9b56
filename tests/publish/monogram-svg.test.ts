import { describe, expect, it } from 'vitest';
import { monogramSvg } from '../../lib/publish/monogram-svg';

describe('monogramSvg', () => {
  it('writes the initials as escaped text, so no name can break out of the SVG', () => {
    const svg = monogramSvg('<&"\'');
    expect(svg).toContain('>&#60;&#38;&#34;&#39;</text>');
    expect(svg).not.toContain('<&');
  });

  it('uses a smaller type for two letters than for one', () => {
    expect(monogramSvg('AL')).toContain('font-size="30"');
    expect(monogramSvg('A')).toContain('font-size="38"');
  });

  it('is one SVG element with a rounded square and the text', () => {
    expect(monogramSvg('GH')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#1d4ed8"\/><text [^>]+>GH<\/text><\/svg>$/);
  });
});
