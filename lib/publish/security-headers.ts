// HTTP security headers for every route (next.config.js sends them).

/**
 * script-src keeps 'unsafe-inline' because a statically rendered App Router page carries Next's
 * inline RSC payload scripts (self.__next_f.push), whose hashes exist only after the build, while
 * headers are fixed before it; a nonce would make every page dynamic. No 'unsafe-eval' anywhere.
 * Images may come from any https origin (a remote avatar, figures in the owner's markdown).
 * @param development `next dev` needs eval and inline styles for its overlay
 */
export function contentSecurityPolicy({ development = false }: { development?: boolean } = {}): string {
  const directives = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", ...(development ? ["'unsafe-inline'"] : [])],
    'img-src': ["'self'", 'data:', 'https:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(development ? ['ws:'] : [])],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

export interface Header {
  key: string;
  value: string;
}

export function securityHeaders(options: { development?: boolean } = {}): Header[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    { key: 'Strict-Transport-Security', value: 'max-age=31536000' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}
