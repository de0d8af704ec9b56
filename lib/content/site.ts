// Loads content/site.yml: the site's facts and the sidebar "author profile" (academicpages keys).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { type CollectionConfig, type FrontMatterDefault, STOCK_COLLECTIONS } from './collections';
import { ContentError, describeValue } from './error';
import { displayName, readText } from './front-matter';
import { alFolioSocials, isBlankTitle, nameFromParts } from './al-folio';
import { NETWORKS, NETWORK_KEYS, type Network, type ProfileLink, profileHref } from './profile-links';
import { UI_KEYS, type UiKey, type UiText, directionOf, isUiKey, uiTextFor } from './ui-text';
import type { Problems } from './problems';
import { isRecord, parseYaml, validateLeniently } from './yaml';

export interface Author {
  name: string;
  /** one or two letters for the placeholder shown when there is no avatar */
  initials: string;
  /** site path or absolute URL of the photo, or null when there is none */
  avatar: string | null;
  bio?: string;
  location?: string;
  employer?: string;
  /** al-folio's `profile: more_info` (an address, an office), sanitised HTML */
  moreInfo?: string;
  links: ProfileLink[];
}

/** Environment variables, as `process.env` holds them. */
export type Environment = Readonly<Record<string, string | undefined>>;

export interface NavItem {
  title: string;
  /** a site path (/publications/) or an http(s) URL; for a dropdown, its first entry's */
  url: string;
  external: boolean;
  /** a dropdown's entries (al-folio's `dropdown: true` with `children:`) */
  children?: NavItem[];
}

export interface SiteConfig {
  title: string;
  /** absolute http(s) URL of the site's home, without a trailing slash (may hold a path) */
  url: string;
  description?: string;
  /** BCP 47 language tag, for <html lang> */
  locale: string;
  /** the script's direction, for <html dir> */
  dir: 'ltr' | 'rtl';
  /** the words the site writes itself, in the site's language, with `ui:` overrides */
  ui: UiText;
  author: Author;
  /** the header's menu, from `nav:` (academicpages' _data/navigation.yml `main:`) */
  nav: NavItem[];
  /** the collections, with the five academicpages has first */
  collections: CollectionConfig[];
  /** front matter `defaults:`, as in Jekyll */
  defaults: FrontMatterDefault[];
  /** `publication_category:` keys and titles, in order (empty when the site has none) */
  publicationCategories: { key: string; title: string }[];
  /** every key of site.yml as written, for Liquid's `site` */
  data: Record<string, unknown>;
  /** whether documents dated later than the build are published (Jekyll's `future`, false by default) */
  future: boolean;
  /** kramdown's typography in markdown: curly quotes, en and em dashes, ellipses (false by default) */
  typographer: boolean;
  /** jekyll-scholar's settings: the owner's names (emphasised in author lists), a page per paper */
  scholar: { last: string[]; first: string[]; pages: boolean; bibliography?: string };
}

const SITE_URL = 'the absolute URL of the site (https://...)';

/** Environment variable that replaces site.yml's `url`, e.g. for a second deployment. */
export const SITE_URL_ENV = 'SITE_URL';

/** The site's address without a trailing slash, or null when it is not an absolute http(s) URL. */
export function siteUrl(value: string): string | null {
  let url: URL;
  try {
    // The URL parser takes the spaces around it off; an http(s) URL always has a host.
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

const text = (expected: string) =>
  z
    .string({ error: expected })
    .nullish()
    .transform((value) => value?.trim() || undefined);

function linkField(network: Network) {
  const rule = NETWORKS[network];
  return z
    .string({ error: rule.expected })
    .nullish()
    .transform((value, ctx): ProfileLink | undefined => {
      if (value == null || value.trim() === '') return undefined;
      const href = profileHref(network, value);
      // An address written for people only ("me (at) uni (dot) edu") stays text, as its owner meant.
      if (href === null && network === 'email') return { network, label: value.trim(), href: null };
      if (href === null) {
        ctx.issues.push({ code: 'custom', message: rule.expected, input: value });
        return z.NEVER;
      }
      return { network, label: rule.label, href };
    });
}

const linkFields = {
  uri: linkField('uri'),
  email: linkField('email'),
  googlescholar: linkField('googlescholar'),
  orcid: linkField('orcid'),
  github: linkField('github'),
  gitlab: linkField('gitlab'),
  linkedin: linkField('linkedin'),
  twitter: linkField('twitter'),
  bluesky: linkField('bluesky'),
  mastodon: linkField('mastodon'),
  researchgate: linkField('researchgate'),
  youtube: linkField('youtube'),
} satisfies Record<Network, unknown>;

const authorSchema = z.looseObject({
  name: text("the owner's name (a text)"),
  avatar: text('an image file name (under public/images/), a /path, or an https:// URL'),
  bio: text('a text'),
  location: text('a text'),
  employer: text('a text'),
  ...linkFields,
}, { error: 'an author block (name, bio, avatar, location, employer and profile keys)' });

/** The keys of the author block the sidebar shows. */
export const AUTHOR_KEYS: readonly string[] = Object.keys(authorSchema.shape);

const NAV_URL = 'a site path starting with "/" or an http(s):// URL';
const navItemSchema = z.looseObject({
  title: z.string({ error: 'the text of the menu entry' }).trim().min(1, { error: 'the text of the menu entry' }),
  url: z
    .string({ error: NAV_URL })
    .trim()
    .refine((url) => /^\/[^\s]*$/.test(url) || /^https?:\/\/[^\s/]+/i.test(url), { error: NAV_URL }),
}, { error: 'a menu entry: "- title: ..." and "url: ..."' });

const siteSchema = z.looseObject({
  title: text('the site title (a text)'),
  url: z.union([z.string(), z.number()], { error: SITE_URL }).nullish(),
  description: text('a text'),
  locale: text('a language tag such as en-US').refine(
    (locale) => {
      if (locale === undefined) return true;
      try {
        return Intl.getCanonicalLocales(locale).length === 1;
      } catch {
        return false;
      }
    },
    { error: 'a language tag such as en-US' },
  ),
  author: authorSchema.nullish(),
  nav: z
    .array(navItemSchema, { error: 'a list of menu entries, each with a title and a url' })
    .nullish()
    .transform((items) => items ?? []),
  ui: z
    .record(z.string(), z.string({ error: 'a text' }), { error: 'a list of "key: text" lines (see docs/content.md: the interface language)' })
    .nullish()
    .transform((ui) => ui ?? {}),
  permalink: text('a permalink pattern such as /:categories/:title/ (or date, pretty, none)'),
  future: z.boolean({ error: 'true or false' }).nullish(),
  typographer: z.boolean({ error: 'true or false' }).nullish(),
  collections: z
    .record(
      z.string(),
      z
        .looseObject(
          {
            output: z.boolean({ error: 'true or false' }).nullish(),
            permalink: text('a permalink pattern such as /:collection/:path/'),
          },
          { error: 'the collection\'s settings (output, permalink)' },
        )
        .nullish(),
      { error: 'collections by name, each with output and permalink (as in _config.yml)' },
    )
    .nullish()
    .transform((collections) => collections ?? {}),
  defaults: z
    .array(
      z.looseObject(
        {
          scope: z
            .looseObject({ path: z.string({ error: 'a path such as _talks, or ""' }).nullish(), type: text('pages, posts or a collection name') }, { error: 'a scope (path and type)' })
            .nullish(),
          values: z.record(z.string(), z.unknown(), { error: 'front matter values ("key: value" lines)' }),
        },
        { error: 'a default: scope (path, type) and values' },
      ),
      { error: 'a list of defaults, each with a scope and values (as in _config.yml)' },
    )
    .nullish()
    .transform((defaults) => defaults ?? []),
  scholar: z
    .looseObject(
      {
        last_name: z.union([z.string(), z.array(z.string())], { error: 'your last name, or a list of its spellings' }).nullish(),
        first_name: z.union([z.string(), z.array(z.string())], { error: 'your first name, or a list of its spellings and initials' }).nullish(),
        pages: z.boolean({ error: 'true or false' }).nullish(),
        bibliography: text('the name of a file in content/bibliography/ (papers.bib)'),
      },
      { error: 'jekyll-scholar settings (last_name, first_name, pages)' },
    )
    .nullish(),
  publication_category: z
    .record(
      z.string(),
      z.looseObject({ title: z.union([z.string(), z.number()], { error: 'the heading of the category (a text)' }).transform(String) }, { error: 'a category with a title' }),
      { error: 'categories by key, each with a title (as in academicpages)' },
    )
    .nullish(),
}, { error: 'site settings as "key: value" lines (title, url, description, locale, author)' });

/** A language tag as Intl reads it (`en`, `pt_BR` as `pt-BR`), or undefined. */
function languageTag(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    // A blank tag is refused as any other that is not one.
    return Intl.getCanonicalLocales(value.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/** "Sanae Lotfi" -> "SL"; any script; one letter for a one-word name; ", PhD" and the like ignored. */
export function initialsOf(name: string): string {
  const words = (name.split(',')[0] ?? '').split(/\s+/u).filter((word) => /\p{L}/u.test(word));
  const first = words[0];
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const letter = (word: string | undefined) => (word ? (/\p{L}/u.exec(word)?.[0] ?? '') : '');
  return (letter(first) + letter(last)).toLocaleUpperCase();
}

/**
 * The five academicpages collections (each item its own page at `/:collection/:path/`, posts at the
 * site's `permalink` style, Jekyll's `date` by default), then any other `collections:` names.
 */
function collectionsOf(configured: Record<string, { output?: boolean | null; permalink?: string } | null | undefined>, postStyle: string | undefined): CollectionConfig[] {
  const isStock = (label: string) => STOCK_COLLECTIONS.some((stock) => stock === label);
  const labels = [...STOCK_COLLECTIONS, ...Object.keys(configured).filter((label) => !isStock(label))];
  return labels.map((label) => {
    const own = configured[label] ?? undefined;
    const stock = isStock(label);
    const fallback = label === 'posts' ? (postStyle ?? 'date') : '/:collection/:path/';
    return { label, output: own?.output ?? (stock || label === 'posts'), permalink: own?.permalink ?? fallback };
  });
}

const listOf = (value: string | string[] | null | undefined): string[] => (value == null ? [] : Array.isArray(value) ? value : [value]).map((word) => word.trim()).filter(Boolean);

/** al-folio's `scholar: {last_name, first_name}`, or else the author's name split in two. */
function scholarOf(
  scholar: { last_name?: string | string[] | null; first_name?: string | string[] | null; pages?: boolean | null; bibliography?: string } | null | undefined,
  name: string,
): SiteConfig['scholar'] {
  const words = (name.split(',')[0] ?? '').trim().split(/\s+/u).filter(Boolean);
  const last = listOf(scholar?.last_name);
  const first = listOf(scholar?.first_name);
  return {
    last: last.length > 0 ? last : words.slice(-1),
    first: last.length > 0 ? first : words.length > 1 ? [words.slice(0, -1).join(' ')] : [],
    pages: scholar?.pages ?? true,
    ...(scholar?.bibliography === undefined ? {} : { bibliography: scholar.bibliography.replace(/\.bib$/i, '') }),
  };
}

const hasKey = (data: unknown, key: string): boolean => typeof data === 'object' && data !== null && key in data;

function urlOf(fromFile: string | number | null | undefined, env: Environment, file: string, line: number | undefined, problems: Problems): string {
  const fromEnv = env[SITE_URL_ENV]?.trim();
  if (fromEnv) {
    const url = siteUrl(fromEnv);
    if (url === null) {
      throw new ContentError({ file: `${SITE_URL_ENV} (environment variable)`, expected: SITE_URL, found: JSON.stringify(fromEnv) });
    }
    return url;
  }
  const written = fromFile == null ? '' : String(fromFile).trim();
  const url = siteUrl(written);
  if (url !== null) return url;
  // A host without its scheme (`url: name.github.io`): Jekyll writes links with it as it is; here
  // every absolute link needs the scheme, so https:// is added, and said.
  const host = /^(?:\/\/)?([a-z\d-]+(?:\.[a-z\d-]+)+(?::\d+)?(?:\/\S*)?)$/i.exec(written)?.[1];
  const withScheme = host === undefined ? null : siteUrl(`https://${host}`);
  if (withScheme !== null) {
    problems.warn({ file, line, message: `\`url\`: expected the absolute URL of the site (https://...), found ${describeValue(written)}; read as ${withScheme}` });
    return withScheme;
  }
  throw new ContentError({
    file,
    line: line ?? 1,
    field: 'url',
    expected: written === '' ? `${SITE_URL} (or the ${SITE_URL_ENV} environment variable)` : SITE_URL,
    found: written !== '' ? describeValue(written) : line === undefined ? 'nothing (the field is missing)' : 'an empty value',
  });
}

/** academicpages keeps `avatar: profile.png` in images/; a path or URL is taken as written. */
function avatarSrc(avatar: string): string {
  if (/^https?:\/\//i.test(avatar) || avatar.startsWith('/')) return avatar;
  return `/images/${avatar}`;
}


/** The site when site.yml cannot be read: its other problems are still looked for. */
const PLACEHOLDER_URL = 'https://site.invalid';

/**
 * Reads content/site.yml as Jekyll reads _config.yml: what this site cannot use is left out with a
 * warning; only a missing or broken `url` (every absolute link is built on it) is an error.
 * @param contentDir folder holding site.yml
 * @param publicDir folder of static files, where a local avatar should be
 * @param env the process environment, for SITE_URL
 */
export function loadSite(contentDir: string, publicDir: string, env: Environment, problems: Problems): SiteConfig {
  const file = path.join(contentDir, 'site.yml');
  const name = displayName(file);
  const source = problems.attempt(() => parseYaml(readText(file, name, 'the site settings (YAML)'), name, 1, problems), null);
  const site = (source === null ? null : validateLeniently(siteSchema, source, name, problems)) ?? siteSchema.parse({});
  const lineOf = source?.lineOf ?? (() => undefined);
  const author = site.author ?? authorSchema.parse({});
  const written = source !== null && isRecord(source.data) ? source.data : {};
  // al-folio: `first_name` / `middle_name` / `last_name`, and `title: blank` for "the name".
  const partsName = nameFromParts(written);
  const siteTitle = (isBlankTitle(site.title) ? undefined : site.title) ?? author.name ?? partsName;
  const url = problems.attempt(() => urlOf(site.url, env, name, source !== null && hasKey(source.data, 'url') ? lineOf(['url']) : undefined, problems), PLACEHOLDER_URL);
  const ownerName = author.name ?? partsName ?? siteTitle ?? new URL(url).hostname;
  if (author.name === undefined && partsName === undefined && source !== null) {
    problems.warn({ file: name, line: lineOf(['author']), message: `\`author.name\`: expected the owner's name, found nothing; the site calls its owner "${ownerName}"` });
  }

  let avatar: string | null = null;
  if (author.avatar !== undefined) {
    avatar = avatarSrc(author.avatar);
    // A local photo should exist. Checked at build time only: the ignore comments keep Turbopack
    // from tracing public/ into the server bundle.
    const avatarFile = avatar.startsWith('/') ? path.join(/* turbopackIgnore: true */ publicDir, decodeURI(avatar)) : null;
    if (avatarFile !== null && !existsSync(/* turbopackIgnore: true */ avatarFile)) {
      problems.warn({ file: name, line: lineOf(['author', 'avatar']), message: `\`author.avatar\`: expected an image at ${displayName(avatarFile)}, found no such file; the sidebar shows your initials` });
      avatar = null;
    }
  }

  const overrides: Partial<Record<UiKey, string>> = {};
  for (const [key, value] of Object.entries(site.ui)) {
    if (isUiKey(key)) overrides[key] = value;
    else problems.warn({ file: name, line: lineOf(['ui', key]), message: `\`ui.${key}\`: expected one of the interface texts (${UI_KEYS.join(', ')}), found the unknown key \`${key}\`; left out` });
  }
  // al-folio names the language `lang`.
  const locale = site.locale ?? languageTag(written.lang) ?? 'en';
  const ui = uiTextFor(locale, overrides);
  // Website and Email are words; the other profiles are names, the same in every language.
  const localLabel: Partial<Record<Network, string>> = { uri: ui.website_label, email: ui.email_label };
  const links = NETWORK_KEYS.flatMap((network) => {
    const link = author[network];
    if (link === undefined) return [];
    if (link.href === null) {
      problems.warn({ file: name, line: lineOf(['author', network]), message: `\`author.${network}\`: "${link.label}" is not an address a mail program can use; shown as text, not as a link` });
      return [link];
    }
    return [{ ...link, label: localLabel[network] ?? link.label }];
  });
  // al-folio's profiles: _data/socials.yml, or (older sites) keys of the config itself.
  const socialsFile = path.join(contentDir, '_data', 'socials.yml');
  const socialsSource = existsSync(/* turbopackIgnore: true */ socialsFile) ? problems.attempt(() => parseYaml(readText(socialsFile, displayName(socialsFile), 'your profiles (YAML)'), displayName(socialsFile), 1, problems), null) : null;
  const socials = socialsSource !== null && isRecord(socialsSource.data) ? alFolioSocials(socialsSource.data, { file: displayName(socialsFile), lineOf: socialsSource.lineOf }, problems) : alFolioSocials(written, { file: name, lineOf }, problems);
  for (const link of socials) {
    const known = links.find((own) => own.href === link.href || (own.network === link.network && link.network !== 'link'));
    if (known === undefined) links.push(link.network === 'email' ? { ...link, label: ui.email_label } : link);
  }

  return {
    title: siteTitle ?? ownerName,
    url,
    description: site.description,
    locale,
    dir: directionOf(locale),
    ui,
    author: {
      name: ownerName,
      initials: initialsOf(ownerName),
      avatar,
      bio: author.bio,
      location: author.location,
      employer: author.employer,
      links,
    },
    nav: site.nav.map((item) => ({ title: item.title, url: item.url, external: /^https?:/i.test(item.url) })),
    collections: collectionsOf(site.collections, site.permalink),
    future: site.future ?? false,
    typographer: site.typographer ?? false,
    defaults: site.defaults.map((entry) => ({ path: entry.scope?.path?.trim().replace(/^\/+/, '') ?? '', type: entry.scope?.type, values: entry.values })),
    publicationCategories: Object.entries(site.publication_category ?? {}).map(([key, value]) => ({ key, title: value.title })),
    data: written,
    scholar: scholarOf(site.scholar, ownerName),
  };
}
