import { describe, expect, it } from 'vitest';
import { profileHref, twitterHandle } from '../../lib/content/profile-links';

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

describe('profileHref, at its edges', () => {
  it.each([
    ['email', '  MAILTO:ada@example.org ', 'mailto:ada@example.org'],
    ['email', 'ada.l@mail.example.org', 'mailto:ada.l@mail.example.org'],
    ['github', '  @ada  ', 'https://github.com/ada'],
    ['gitlab', 'ada', 'https://gitlab.com/ada'],
    ['researchgate', 'Ada_Lovelace', 'https://www.researchgate.net/profile/Ada_Lovelace'],
    ['youtube', '@ada', 'https://www.youtube.com/@ada'],
    ['uri', 'HTTP://ada.org/x', 'HTTP://ada.org/x'],
    ['uri', 'lab.cs.example.edu/ada', 'https://lab.cs.example.edu/ada'],
    ['linkedin', 'in/ada-lovelace//', 'https://www.linkedin.com/in/ada-lovelace'],
    ['linkedin', 'www.linkedin.com/in/ada/', 'https://www.linkedin.com/in/ada/'],
    ['github', 'octocat/', 'https://github.com/octocat'],
    ['mastodon', 'ada@mathstodon.xyz', 'https://mathstodon.xyz/@ada'],
  ] as const)('%s %j -> %s', (network, value, href) => {
    expect(profileHref(network, value)).toBe(href);
  });

  it.each([
    ['email', 'see ada@example.org'],
    ['email', 'ada@example.org today'],
    ['email', 'ada@localhost'],
    ['email', 'a<b>@example.org'],
    ['uri', 'example.org'],
    ['uri', 'x https://example.org'],
    ['uri', 'https://exa mple.org'],
    ['uri', 'javascript:alert(1)'],
    ['github', 'x@https://github.com'],
    ['github', 'in/octocat'],
    ['uri', 'https:example.org'],
    ['uri', 'ada_x.org/p'],
  ] as const)('%s %j -> nothing', (network, value) => {
    expect(profileHref(network, value)).toBeNull();
  });
});

describe('twitterHandle', () => {
  const twitter = (href: string) => [{ network: 'twitter' as const, label: 'X', href }];
  it.each([
    ['https://x.com/ada', '@ada'],
    ['http://twitter.com/@ada/', '@ada'],
    ['https://mobile.twitter.com/ada?lang=en', '@ada'],
    ['HTTPS://WWW.X.COM/Ada#top', '@Ada'],
  ])('%s -> %s', (href, handle) => {
    expect(twitterHandle(twitter(href))).toBe(handle);
  });

  it.each(['see https://x.com/ada', 'https://x.com/ada/status/1', 'https://example.org/x.com/ada', 'https://x.com/', 'https://x.com/a_name_longer_than_fifteen'])('%s -> none', (href) => {
    expect(twitterHandle(twitter(href))).toBeNull();
  });

  it('is none without a twitter link', () => {
    expect(twitterHandle([{ network: 'github', label: 'GitHub', href: 'https://x.com/ada' }])).toBeNull();
  });
});
