// The owner's profiles (academicpages `author:` keys) as links: a handle or a full URL in, a URL out.

export type Network =
  | 'uri'
  | 'email'
  | 'googlescholar'
  | 'orcid'
  | 'github'
  | 'gitlab'
  | 'linkedin'
  | 'twitter'
  | 'bluesky'
  | 'mastodon'
  | 'researchgate'
  | 'youtube';

export interface ProfileLink {
  /** the network, or `link` for a profile this site has no icon for (al-folio knows many more) */
  network: Network | 'link';
  /** visible text and accessible name */
  label: string;
  /** null for an address written so that robots cannot read it ("me (at) uni (dot) edu"): shown as text */
  href: string | null;
}

interface NetworkRule {
  label: string;
  /** how the error message describes a good value */
  expected: string;
  /** a bare handle or id this network accepts, and the URL it makes */
  handle?: RegExp;
  toUrl?: (handle: string) => string;
}

const URL_OR = (what: string): string => `${what}, or an https:// URL`;

/** In the order the sidebar shows them. */
export const NETWORKS: Readonly<Record<Network, NetworkRule>> = {
  uri: { label: 'Website', expected: 'an http(s):// URL' },
  email: { label: 'Email', expected: 'an email address' },
  googlescholar: {
    label: 'Google Scholar',
    expected: URL_OR('a Google Scholar user id'),
    handle: /^[\w-]{12}$/,
    toUrl: (id) => `https://scholar.google.com/citations?user=${id}`,
  },
  orcid: {
    label: 'ORCID',
    expected: URL_OR('an ORCID iD (0000-0000-0000-0000)'),
    handle: /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/,
    toUrl: (id) => `https://orcid.org/${id}`,
  },
  github: {
    label: 'GitHub',
    expected: URL_OR('a GitHub user name'),
    handle: /^@?[A-Za-z\d](?:[A-Za-z\d-]{0,38})$/,
    toUrl: (user) => `https://github.com/${user}`,
  },
  gitlab: {
    label: 'GitLab',
    expected: URL_OR('a GitLab user name'),
    handle: /^@?[\w.-]{2,255}$/,
    toUrl: (user) => `https://gitlab.com/${user}`,
  },
  linkedin: {
    label: 'LinkedIn',
    expected: URL_OR('a LinkedIn profile name (the part after /in/)'),
    handle: /^[\p{L}\p{N}_-]{3,100}$/u,
    toUrl: (name) => `https://www.linkedin.com/in/${encodeURIComponent(name)}`,
  },
  twitter: {
    label: 'X (Twitter)',
    expected: URL_OR('an X/Twitter handle'),
    handle: /^@?\w{1,15}$/,
    toUrl: (user) => `https://x.com/${user}`,
  },
  bluesky: {
    label: 'Bluesky',
    expected: URL_OR('a Bluesky handle (name.bsky.social)'),
    handle: /^@?[a-z\d-]+(?:\.[a-z\d-]+)+$/i,
    toUrl: (handle) => `https://bsky.app/profile/${handle}`,
  },
  mastodon: {
    label: 'Mastodon',
    expected: URL_OR('a Mastodon address (@name@server)'),
    handle: /^@?[\w.]+@[a-z\d-]+(?:\.[a-z\d-]+)+$/i,
    toUrl: (address) => {
      const [user, server] = address.split('@');
      return `https://${server}/@${user}`;
    },
  },
  researchgate: {
    label: 'ResearchGate',
    expected: URL_OR('a ResearchGate profile name'),
    handle: /^[\w-]{2,100}$/,
    toUrl: (name) => `https://www.researchgate.net/profile/${name}`,
  },
  youtube: {
    label: 'YouTube',
    expected: URL_OR('a YouTube handle'),
    handle: /^@?[\w.-]{3,30}$/,
    toUrl: (handle) => `https://www.youtube.com/@${handle}`,
  },
};

export const NETWORK_KEYS = Object.keys(NETWORKS).filter((key): key is Network => key in NETWORKS);

function httpUrl(value: string): string | null {
  if (!/^https?:\/\//i.test(value)) return null;
  try {
    // Kept as the author wrote it (a URL parser would add slashes or re-encode), once it parses.
    new URL(value);
    return value;
  } catch {
    return null;
  }
}

/** The part of a LinkedIn address people copy with its handle (`in/name`), and final slashes. */
const handleOf = (network: Network, value: string): string => value.replace(/\/+$/, '').replace(network === 'linkedin' ? /^in\// : /$^/, '');

/**
 * The link for one profile value, or null when the value is neither a URL nor a handle of the
 * network. Written as people write them: a handle with or without its "@" or a final slash, a URL
 * with or without its `https://` (`linkedin.com/in/name/`).
 */
export function profileHref(network: Network, value: string): string | null {
  const trimmed = value.trim();
  if (network === 'email') {
    const address = trimmed.replace(/^mailto:/i, '');
    return /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(address) ? `mailto:${address}` : null;
  }
  const url = httpUrl(trimmed);
  if (url !== null) return url;
  const rule = NETWORKS[network];
  const handle = handleOf(network, trimmed);
  if (rule.handle && rule.toUrl && rule.handle.test(handle)) return rule.toUrl(handle.replace(/^@/, ''));
  // An address without its scheme: a host with a dot, then a path.
  return /^(?:www\.)?[a-z\d-]+(?:\.[a-z\d-]+)+\/\S*$/i.test(trimmed) ? httpUrl(`https://${trimmed}`) : null;
}

/** The X/Twitter handle ("@name") of the owner's profile link, for twitter:creator. */
export function twitterHandle(links: readonly ProfileLink[]): string | null {
  const link = links.find((candidate) => candidate.network === 'twitter');
  const match = link?.href && /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/@?(\w{1,15})\/?(?:[?#].*)?$/i.exec(link.href);
  return match?.[1] ? `@${match[1]}` : null;
}
