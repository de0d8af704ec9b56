// What Liquid sees, as Jekyll gives it: `site` (every key of site.yml, the collections and their
// documents, posts newest first, tags, categories, pages, data files, url, baseurl, time) and
// each document's own fields (`page` on its page, `post` in a loop): its front matter as written
// plus Jekyll's url, date, id, slug, collection, path, content and excerpt. Also the documents by
// Jekyll path and post name, for `{% link %}` and `{% post_url %}`.
import path from 'node:path';
import type { SiteConfig } from '../content/site';
import type { ItemSource, PageSource } from '../model';
import type { LiquidDocuments } from './liquid';

/** A document as Liquid sees it; `content` and `excerpt` are filled in once it is rendered. */
export type Drop = Record<string, unknown>;

export interface LiquidScope {
  site: Drop;
  /** each page's `page`, in the order of the pages */
  pages: Drop[];
  /** each item's fields */
  items: Map<ItemSource, Drop>;
  documents: LiquidDocuments;
}

/** The raw first paragraph of a markdown body, for the excerpt items have before they render. */
export function rawExcerpt(body: string): string {
  return body.trim().split(/\n[ \t]*\n/)[0]?.trim() ?? '';
}

/** A front matter text as a page shows it: trimmed, and none when it is blank. */
export const present = (value: string | undefined): string | undefined => (value === undefined || value.trim() === '' ? undefined : value.trim());

function itemDrop(item: ItemSource): Drop {
  const label = item.collection;
  return {
    ...item.data,
    title: item.meta.title,
    url: item.meta.permalink,
    date: item.date,
    id: `/${label}/${item.slug}`,
    slug: item.slug,
    collection: label,
    path: item.relativePath,
    relative_path: item.relativePath,
    output: item.output,
    categories: item.meta.categories,
    tags: item.meta.tags,
    content: item.body,
    excerpt: present(item.meta.excerpt) ?? rawExcerpt(item.body),
  };
}

/** Every document by its Jekyll path, and every post by its name (with and without its folder). */
function documentsOf(pages: readonly PageSource[], collections: ReadonlyMap<string, readonly ItemSource[]>): LiquidDocuments {
  const byPath = new Map<string, string>();
  const posts = new Map<string, string>();
  for (const page of pages) if (page.generated === undefined || (page.generated.kind === 'pagination' && page.generated.pagination.page === 1)) byPath.set(page.file.endsWith('profile.md') ? 'profile.md' : `_pages/${path.basename(page.file)}`, page.meta.permalink);
  for (const [label, items] of collections) {
    for (const item of items) {
      byPath.set(item.relativePath, item.meta.permalink);
      if (label !== 'posts') continue;
      const inFolder = item.relativePath.replace(/^_posts\//, '').replace(/\.[^./]+$/, '');
      posts.set(inFolder, item.meta.permalink);
      posts.set(path.posix.basename(inFolder), item.meta.permalink);
    }
  }
  return { byPath, posts };
}

export interface ScopeInput {
  site: SiteConfig;
  basePath: string;
  pages: readonly PageSource[];
  collections: ReadonlyMap<string, readonly ItemSource[]>;
  /** content/_data, by file name */
  data: Record<string, unknown>;
  /** `site.time` */
  now: Date;
}

export function liquidScope({ site, basePath, pages, collections, data, now }: ScopeInput): LiquidScope {
  const items = new Map<ItemSource, Drop>();
  const docs = new Map<string, Drop[]>();
  for (const [label, inCollection] of collections) {
    docs.set(
      label,
      inCollection.map((item) => {
        const drop = itemDrop(item);
        items.set(item, drop);
        return drop;
      }),
    );
  }
  const pageDrops = pages.map((page): Drop => ({ ...page.data, url: page.meta.permalink, path: path.basename(page.file), content: page.body }));
  const posts = [...(docs.get('posts') ?? [])].reverse();
  // Jekyll's site.tags and site.categories: each word in the order the posts first use it (oldest
  // post first), its posts newest first.
  const byWord = (key: 'tags' | 'categories') => {
    const groups: Record<string, Drop[]> = {};
    for (const post of docs.get('posts') ?? []) {
      const words = post[key];
      if (Array.isArray(words)) for (const word of words) (groups[String(word)] ??= []).unshift(post);
    }
    return groups;
  };
  const siteDrop: Drop = {
    ...site.data,
    title: site.title,
    description: site.description,
    locale: site.locale,
    url: new URL(site.url).origin,
    baseurl: basePath,
    time: now,
    data,
    pages: pageDrops,
    tags: byWord('tags'),
    categories: byWord('categories'),
    collections: site.collections.map((collection) => ({
      label: collection.label,
      output: collection.output,
      permalink: collection.permalink,
      relative_directory: `_${collection.label}`,
      docs: collection.label === 'posts' ? posts : (docs.get(collection.label) ?? []),
      files: [],
    })),
  };
  for (const [label, drops] of docs) siteDrop[label] = label === 'posts' ? posts : drops;
  return { site: siteDrop, pages: pageDrops, items, documents: documentsOf(pages, collections) };
}
