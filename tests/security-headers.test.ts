import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '../lib/publish/security-headers';

describe('securityHeaders', () => {
  it('sends the headers every route needs, with their values', () => {
    expect(securityHeaders().slice(1)).toEqual([
      { key: 'Strict-Transport-Security', value: 'max-age=31536000' },
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'X-Frame-Options', value: 'DENY' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
      { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    ]);
    expect(securityHeaders()[0]).toEqual({ key: 'Content-Security-Policy', value: contentSecurityPolicy() });
    expect(securityHeaders({ development: true })[0]?.value).toBe(contentSecurityPolicy({ development: true }));
  });

  it('has a production CSP with no eval, no plugins, no framing, no foreign base or forms', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'; img-src 'self' data: https:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(csp).not.toContain('unsafe-eval');
  });

  it("allows eval and inline styles only for next dev's overlay", () => {
    expect(contentSecurityPolicy({ development: true })).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; font-src 'self'; connect-src 'self' ws:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
  });
});
