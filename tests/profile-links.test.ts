import { describe, expect, it } from 'vitest';
import { profileHref } from '../lib/content/profile-links';

describe('profileHref', () => {
  it.each([
    ['twitter', 'gracehopper', 'https://x.com/gracehopper'],
    ['twitter', '@gracehopper', 'https://x.com/gracehopper'],
    ['twitter', 'https://twitter.com/gracehopper', 'https://twitter.com/gracehopper'],
    ['github', '@octocat', 'https://github.com/octocat'],
    ['linkedin', 'ada-lovelace-1815', 'https://www.linkedin.com/in/ada-lovelace-1815'],
    ['googlescholar', '0GyjMX4AAAAJ', 'https://scholar.google.com/citations?user=0GyjMX4AAAAJ'],
    ['orcid', '0000-0002-1825-0097', 'https://orcid.org/0000-0002-1825-0097'],
    ['bluesky', '@ada.bsky.social', 'https://bsky.app/profile/ada.bsky.social'],
    ['mastodon', '@ada@mathstodon.xyz', 'https://mathstodon.xyz/@ada'],
    ['email', 'ada@example.org', 'mailto:ada@example.org'],
  ] as const)('%s %j -> %s', (network, value, href) => {
    expect(profileHref(network, value)).toBe(href);
  });

  it.each([
    ['github', 'not a handle'],
    ['twitter', 'javascript:alert(1)'],
    ['uri', 'ftp://example.org'],
    ['email', 'nobody'],
  ] as const)('refuses %s %j', (network, value) => {
    expect(profileHref(network, value)).toBeNull();
  });
});
