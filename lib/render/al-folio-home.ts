// What al-folio's about page shows after its text: the news (its `_news` collection, when the page
// has `announcements:`, or `news: true` on older sites) and the latest posts (`latest_posts:`),
// newest first. The news is a news section as the home page's own: dated items, in the feeds.
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { redirectTarget, withBasePath } from '../content/routes';
import type { UiText } from '../content/ui-text';
import type { ItemSource, PageSource, Section } from '../model';
import { serialize } from './pipeline';

export interface HomeLists {
  collections: ReadonlyMap<string, readonly ItemSource[]>;
  /** an item's rendered content (sanitised HTML), once it is rendered */
  contentOf: (item: ItemSource) => string | undefined;
  basePath: string;
  locale: string;
  ui: UiText;
}

/** How many al-folio shows when no limit is given: every news item, three posts. */
const DEFAULT_POSTS = 3;

const newestFirst = (items: readonly ItemSource[]) =>
  items
    .filter((item): item is ItemSource & { date: Date } => item.date !== null)
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.date.getTime() - a.item.date.getTime() || a.index - b.index)
    .map(({ item }) => item);

function dateElement(date: Date, locale: string): Element {
  const iso = date.toISOString().slice(0, 10);
  const text = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
  return h('time', { dateTime: iso }, text);
}

/** An inline news item's text: its one paragraph's content, or all of it. */
function inlineContent(html: string): ElementContent[] {
  const tree = fromHtml(html, { fragment: true });
  const blocks = tree.children.filter((node) => node.type === 'element');
  const [only] = blocks;
  if (blocks.length === 1 && only !== undefined && only.tagName === 'p') return only.children;
  return tree.children.filter((node): node is ElementContent => node.type !== 'doctype');
}

function listSection(id: string, heading: string, items: { date: Date; content: ElementContent[] }[], kind: Section['kind'], locale: string): Section {
  return {
    kind,
    id,
    heading: { text: heading, html: serialize({ type: 'root', children: [{ type: 'text', value: heading }] }) },
    blocks: [
      {
        type: 'list',
        ordered: false,
        start: null,
        items: items.map(({ date, content }) => {
          const time = dateElement(date, locale);
          const root: Root = { type: 'root', children: [time, { type: 'text', value: ' ' }, ...content] };
          return { html: serialize(root), text: toString(root), line: undefined, date: { iso: date.toISOString().slice(0, 10), text: toString(time) } };
        }),
      },
    ],
  };
}

const titleOf = (item: ItemSource): string => (typeof item.meta.title === 'string' && item.meta.title !== '' ? item.meta.title : item.slug);

/** The sections al-folio's about page adds after its text, in its order: news, then latest posts. */
export function alFolioHomeSections(home: PageSource, lists: HomeLists): Section[] {
  const sections: Section[] = [];
  const announcements = home.meta.announcements ?? (home.data.news === true ? { limit: typeof home.data.news_limit === 'number' ? home.data.news_limit : undefined } : undefined);
  if (announcements !== undefined) {
    const news = newestFirst(lists.collections.get('news') ?? []).slice(0, announcements.limit ?? undefined);
    const items = news.map((item) => {
      // al-folio: an `inline` item is shown whole; any other is its title, linking to its page.
      const inline = item.data.inline === true || !item.output;
      const content: ElementContent[] = inline ? inlineContent(lists.contentOf(item) ?? '') : [h('a', { href: withBasePath(item.meta.permalink, lists.basePath) }, titleOf(item))];
      return { date: item.date, content };
    });
    if (items.length > 0) sections.push(listSection('news', lists.ui.news_label, items, 'news', lists.locale));
  }
  if (home.meta.latest_posts !== undefined) {
    const posts = newestFirst((lists.collections.get('posts') ?? []).filter((post) => post.output)).slice(0, home.meta.latest_posts.limit ?? DEFAULT_POSTS);
    const items = posts.map((post) => {
      // A post with `redirect:` (al-folio) links where it leads.
      const redirect = typeof post.data.redirect === 'string' && post.data.redirect !== '' ? post.data.redirect : null;
      const href = redirect ?? withBasePath(post.meta.permalink, lists.basePath);
      return { date: post.date, content: [h('a', { href: redirect !== null && redirect.startsWith('/') ? withBasePath(redirect, lists.basePath) : href }, titleOf(post))] };
    });
    if (items.length > 0) sections.push(listSection('latest-posts', lists.ui.latest_posts_label, items, 'generic', lists.locale));
  }
  return sections;
}

/** al-folio's default number of related posts. */
const DEFAULT_RELATED = 5;

/**
 * al-folio's related posts under a post (`related_blog_posts: {enabled: true, max_related: N}` in
 * the config; a post's `related_posts: false` turns them off for it): Jekyll's `site.related_posts`,
 * the newest other posts, each dated and linking to its page. Null when there is none to show.
 */
export function relatedPostsSection(post: ItemSource, posts: readonly ItemSource[], settings: unknown, options: { basePath: string; locale: string; heading: string }): Section | null {
  if (typeof settings !== 'object' || settings === null || !('enabled' in settings) || settings.enabled !== true || post.data.related_posts === false) return null;
  const max = 'max_related' in settings && typeof settings.max_related === 'number' && settings.max_related > 0 ? settings.max_related : DEFAULT_RELATED;
  const others = newestFirst(posts.filter((other) => other !== post && other.output && redirectTarget(other.data) === undefined)).slice(0, max);
  if (others.length === 0) return null;
  const items = others.map((other) => ({ date: other.date, content: [h('a', { href: withBasePath(other.meta.permalink, options.basePath) }, titleOf(other))] }));
  return listSection('related-posts', options.heading, items, 'generic', options.locale);
}

/** A jekyll-archives page's list: its posts, newest first, each dated and linking to its page. */
export function archiveSection(posts: readonly ItemSource[], options: { basePath: string; locale: string; heading: string }): Section {
  const items = newestFirst(posts).map((post) => ({ date: post.date, content: [h('a', { href: withBasePath(post.meta.permalink, options.basePath) }, titleOf(post))] }));
  return listSection('posts', options.heading, items, 'generic', options.locale);
}
