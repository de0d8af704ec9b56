import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, scriptHash, securityHeaders } from '../../lib/publish/security-headers';

const THEME = '(function(){document.documentElement.dataset.x="1"})();';
const LEAN = { kind: 'lean', inline: [THEME] } as const;

describe('securityHeaders', () => {
  it('sends the headers every route needs, with their values', () => {
    expect(securityHeaders(LEAN).slice(1)).toEqual([
      { key: 'Strict-Transport-Security', value: 'max-age=31536000' },
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'X-Frame-Options', value: 'DENY' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
    ]);
    expect(securityHeaders(LEAN)[0]).toEqual({ key: 'Content-Security-Policy', value: contentSecurityPolicy(LEAN) });
    expect(securityHeaders({ kind: 'development' })[0]?.value).toBe(contentSecurityPolicy({ kind: 'development' }));
  });

  it('tells search engines to stay away from a preview deployment, and only there', () => {
    expect(securityHeaders(LEAN, { noindex: true }).at(-1)).toEqual({ key: 'X-Robots-Tag', value: 'noindex, nofollow' });
    expect(securityHeaders(LEAN, { noindex: true })).toHaveLength(7);
    expect(securityHeaders(LEAN).map((header) => header.key)).not.toContain('X-Robots-Tag');
  });
});

describe('contentSecurityPolicy', () => {
  it('allows on a lean page its own files and the theme script by its hash: no inline code, no eval, no framing', () => {
    const csp = contentSecurityPolicy(LEAN);
    expect(csp).toBe(
      `default-src 'self'; script-src 'self' ${scriptHash(THEME)}; style-src 'self'; img-src 'self' data: https:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'`,
    );
    expect(csp).not.toContain('unsafe');
  });

  it('hashes the exact text of each inline script (SHA-256, base64)', () => {
    expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(scriptHash('a')).toBe("'sha256-ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs='");
    expect(contentSecurityPolicy({ kind: 'lean', inline: ['a', 'b'] })).toContain(`script-src 'self' ${scriptHash('a')} ${scriptHash('b')};`);
    expect(contentSecurityPolicy({ kind: 'lean', inline: [] })).toContain("script-src 'self';");
  });

  it("allows inline scripts, without a hash that would cancel it, when a client component keeps Next's runtime", () => {
    const csp = contentSecurityPolicy({ kind: 'runtime' });
    expect(csp).toContain("script-src 'self' 'unsafe-inline';");
    expect(csp).toContain("style-src 'self';");
    expect(csp).not.toContain('sha256');
    expect(csp).not.toContain('unsafe-eval');
  });

  it("allows eval, inline styles and the WebSocket only for next dev's runtime", () => {
    expect(contentSecurityPolicy({ kind: 'development' })).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; font-src 'self'; connect-src 'self' ws:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
  });

  it('writes a <meta> policy for the static export with the hashes alone and without the directives a <meta> cannot carry', () => {
    expect(contentSecurityPolicy(LEAN, { delivery: 'meta' })).toBe(
      `default-src 'self'; script-src ${scriptHash(THEME)}; style-src 'self'; img-src 'self' data: https:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'`,
    );
    expect(contentSecurityPolicy({ kind: 'lean', inline: [] }, { delivery: 'meta' })).toContain("script-src 'none';");
  });
});
