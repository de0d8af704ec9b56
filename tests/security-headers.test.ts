import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '../lib/publish/security-headers';

describe('securityHeaders', () => {
  it('sends the headers every route needs', () => {
    expect(securityHeaders().map((header) => header.key)).toEqual([
      'Content-Security-Policy',
      'Strict-Transport-Security',
      'X-Content-Type-Options',
      'X-Frame-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'Cross-Origin-Opener-Policy',
    ]);
  });

  it('has a production CSP with no eval, no plugins, no framing, no foreign base or forms', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'; img-src 'self' data: https:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(csp).not.toContain('unsafe-eval');
  });

  it("allows eval and inline styles only for next dev's overlay", () => {
    expect(contentSecurityPolicy({ development: true })).toContain("script-src 'self' 'unsafe-inline' 'unsafe-eval'");
  });
});
