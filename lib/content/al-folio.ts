// al-folio's way of saying who the owner is, read as al-folio reads it: the name from
// `first_name` / `middle_name` / `last_name` (its `title: blank` means "use the name"), and the
// social profiles from `_data/socials.yml` or, on older sites, from `_config.yml` itself.
import type { PageSource } from '../model';
import type { Problems } from './problems';
import { type Network, type ProfileLink, profileHref } from './profile-links';
import type { NavItem } from './site';

/** al-folio's `title: blank`: the site is titled with the owner's name. */
export const isBlankTitle = (title: string | undefined): boolean => title === undefined || title.trim().toLowerCase() === 'blank';

const word = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');

/** "Albert Einstein" from `first_name: Albert`, `last_name: Einstein` (and `middle_name`), or undefined. */
export function nameFromParts(config: Readonly<Record<string, unknown>>): string | undefined {
  const name = [config.first_name, config.middle_name, config.last_name].map(word).filter(Boolean).join(' ');
  return name === '' ? undefined : name;
}

interface SocialRule {
  label: string;
  /** the network whose rules (and icon) this key follows, when the site knows it */
  network?: Network;
  /** the address of a handle or id (URI-encoded, "@" kept; `written` as the owner wrote it); absent for keys that hold a URL */
  url?: (id: string, written: string) => string;
}

/**
 * Every key al-folio's socials.yml (and, before it, _config.yml) knows, in al-folio's order. Those
 * this site has an icon for follow its networks' rules; the others become plain links.
 */
export const AL_FOLIO_SOCIALS: Readonly<Record<string, SocialRule>> = {
  email: { label: 'Email', network: 'email' },
  inspirehep_id: { label: 'INSPIRE', url: (id) => `https://inspirehep.net/authors/${id}` },
  acm_id: { label: 'ACM DL', url: (id) => `https://dl.acm.org/profile/${id}/` },
  orcid_id: { label: 'ORCID', network: 'orcid' },
  scholar_userid: { label: 'Google Scholar', network: 'googlescholar' },
  semanticscholar_id: { label: 'Semantic Scholar', url: (id) => `https://www.semanticscholar.org/author/${id}` },
  publons_id: { label: 'Publons', url: (id) => `https://publons.com/a/${id}/` },
  research_gate_profile: { label: 'ResearchGate', network: 'researchgate' },
  scopus_id: { label: 'Scopus', url: (id) => `https://www.scopus.com/authid/detail.uri?authorId=${id}` },
  github_username: { label: 'GitHub', network: 'github' },
  gitlab_username: { label: 'GitLab', network: 'gitlab' },
  ieee_id: { label: 'IEEE Xplore', url: (id) => `https://ieeexplore.ieee.org/author/${id}` },
  linkedin_username: { label: 'LinkedIn', network: 'linkedin' },
  x_username: { label: 'X (Twitter)', network: 'twitter' },
  twitter_username: { label: 'X (Twitter)', network: 'twitter' },
  bluesky_url: { label: 'Bluesky', network: 'bluesky' },
  mastodon_username: { label: 'Mastodon', network: 'mastodon' },
  youtube_id: { label: 'YouTube', network: 'youtube' },
  dblp_url: { label: 'DBLP' },
  osf_id: { label: 'OSF', url: (id) => `https://osf.io/${id}/` },
  researcherid_id: { label: 'ResearcherID', url: (id) => `https://www.researcherid.com/rid/${id}` },
  wikidata_id: { label: 'Wikidata', url: (id) => `https://www.wikidata.org/wiki/${id}` },
  wikipedia_id: { label: 'Wikipedia', url: (id) => `https://wikipedia.org/wiki/User:${id}` },
  stackoverflow_id: { label: 'Stack Overflow', url: (id) => `https://stackoverflow.com/users/${id}` },
  kaggle_id: { label: 'Kaggle', url: (id) => `https://www.kaggle.com/${id}` },
  leetcode_id: { label: 'LeetCode', url: (id) => `https://leetcode.com/u/${id}/` },
  medium_username: { label: 'Medium', url: (id) => `https://medium.com/@${id.replace(/^@/, '')}` },
  blogger_url: { label: 'Blog' },
  work_url: { label: 'Work' },
  keybase_username: { label: 'Keybase', url: (id) => `https://keybase.io/${id}` },
  zotero_username: { label: 'Zotero', url: (id) => `https://www.zotero.org/${id}` },
  quora_username: { label: 'Quora', url: (id) => `https://www.quora.com/profile/${id}` },
  facebook_id: { label: 'Facebook', url: (id) => `https://facebook.com/${id}` },
  instagram_id: { label: 'Instagram', url: (id) => `https://instagram.com/${id}` },
  flickr_id: { label: 'Flickr', url: (id) => `https://www.flickr.com/${id}` },
  pinterest_id: { label: 'Pinterest', url: (id) => `https://www.pinterest.com/${id}` },
  unsplash_id: { label: 'Unsplash', url: (id) => `https://unsplash.com/@${id}` },
  spotify_id: { label: 'Spotify', url: (id) => `https://open.spotify.com/user/${id}` },
  lastfm_id: { label: 'Last.fm', url: (id) => `https://www.last.fm/user/${id}` },
  discord_id: { label: 'Discord', url: (id) => `https://discord.com/users/${id}` },
  telegram_username: { label: 'Telegram', url: (id) => `https://telegram.me/${id}` },
  whatsapp_number: { label: 'WhatsApp', url: (_id, written) => `https://wa.me/${written.replace(/[^\d]/g, '')}` },
  cv_pdf: { label: 'CV' },
};

/** A value that is an address already: http(s), or a path of the site. */
const addressOf = (value: string): string | null => (/^https?:\/\/\S+$/i.test(value) || /^\/\S*$/.test(value) ? value : null);

/**
 * The social links of an al-folio site, from `source` (socials.yml, or _config.yml on older sites),
 * in al-folio's order; a value that makes no address is left out with a warning. `rss_icon: true`
 * links the site's feed; `custom_social:` entries (title: {url}) are kept as plain links.
 */
export function alFolioSocials(source: Readonly<Record<string, unknown>>, where: { file: string; lineOf: (path: PropertyKey[]) => number | undefined }, problems: Problems): ProfileLink[] {
  const links: ProfileLink[] = [];
  for (const [key, rule] of Object.entries(AL_FOLIO_SOCIALS)) {
    const value = word(source[key]);
    if (value === '') continue;
    const href = rule.network !== undefined ? profileHref(rule.network, value) : addressOf(value) ?? (rule.url === undefined ? null : rule.url(encodeURIComponent(value).replace(/%40/g, '@'), value));
    if (href === null) {
      problems.warn({ file: where.file, line: where.lineOf([key]), message: `\`${key}\`: expected ${rule.url === undefined && rule.network === undefined ? 'an https:// address or a /path' : 'a user name, id or https:// address'}, found ${JSON.stringify(value)}; left out of your profiles` });
      continue;
    }
    links.push({ network: rule.network ?? 'link', label: rule.label, href });
  }
  const custom = source.custom_social;
  if (typeof custom === 'object' && custom !== null) {
    for (const [title, entry] of Object.entries(custom)) {
      const url = typeof entry === 'object' && entry !== null && 'url' in entry ? addressOf(word(entry.url)) : null;
      if (url !== null) links.push({ network: 'link', label: title.replace(/[_-]+/g, ' '), href: url });
    }
  }
  if (source.rss_icon === true) links.push({ network: 'link', label: 'RSS', href: '/feed.xml' });
  return links;
}

/**
 * al-folio's menu, from the pages themselves: the home page first (by its title), then each page
 * with `nav: true`, by `nav_order` (pages without one last, in the order they were read); a page
 * with `dropdown: true` lists its `children` (al-folio's `divider` entries left out). Empty when
 * no page asks to be in the menu.
 */
export function navFromPages(pages: readonly PageSource[]): NavItem[] {
  const listed = pages.filter((page) => page.meta.nav === true && page.meta.permalink !== '/');
  if (listed.length === 0) return [];
  const order = (page: PageSource) => page.meta.nav_order ?? Number.POSITIVE_INFINITY;
  const sorted = listed.map((page, index) => ({ page, index })).sort((a, b) => order(a.page) - order(b.page) || a.index - b.index);
  const home = pages.find((page) => page.meta.permalink === '/');
  const entry = (title: string, url: string): NavItem => ({ title, url, external: /^https?:/i.test(url) });
  return [
    ...(home === undefined ? [] : [entry(home.meta.title || 'about', '/')]),
    ...sorted.map(({ page }): NavItem => {
      const title = page.meta.title || page.meta.permalink;
      if (page.meta.dropdown !== true) return entry(title, page.meta.permalink);
      const children = (page.meta.children ?? []).flatMap((child) => (child.title === undefined || child.title === 'divider' || child.permalink == null ? [] : [entry(child.title, child.permalink)]));
      return children.length === 0 ? entry(title, page.meta.permalink) : { ...entry(title, children[0]?.url ?? page.meta.permalink), children };
    }),
  ];
}
