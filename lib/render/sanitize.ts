// The allow-list raw HTML passes on its way to a page: GitHub's (what rehype-sanitize ships), plus
// the harmless tags academic pages use and the classes of the site's own markup. Migrated pages
// keep their <br>, <img>, <table>...; scripts, iframes, objects, forms, event handlers, style
// attributes, comments and non-http(s) URLs (`javascript:`, `data:`) never reach a page.
import type { Root } from 'hast';
import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import { visit } from 'unist-util-visit';

/**
 * The classes the site's own markup (built-in includes, math) uses; any other class is dropped, as
 * is every `style` attribute.
 */
export const SITE_CLASSES = [
  'archive-item',
  'archive-grid',
  'archive-title',
  'archive-permalink',
  'archive-meta',
  'archive-excerpt',
  'archive-citation',
  'archive-links',
  'cv-item',
  'figure',
  'gallery',
  'feature-row',
  'video',
  'gist',
  'toc',
  'bibliography',
  'bib-entry',
  'bib-abbr',
  'bib-preview',
  'bib-title',
  'bib-authors',
  'bib-venue',
  'bib-award',
  'bib-links',
  'bib-abstract',
  'bib-bibtex',
  'bib-year',
  'citation',
  'cv-list',
  'cv-summary',
  'cv-dates',
  // al-folio's built-in includes and plugin tags (al-folio-includes.ts, plugin-tags.ts)
  'media',
  'project-card',
  'project-card-horizontal',
  'project-title',
  'project-description',
  'news-list',
  'pagination',
  'course-list',
  'course-term',
  'calendar',
  'repository',
  'tabs',
  'tab',
  'tweet',
  'cv-table',
  'cv-map',
  'cv-heading',
  'cv-pdf',
  'more-authors',
  'bib-annotation',
  'eqref',
  'profile-entry',
  'profile-left',
  'profile-right',
  'profile-card',
  'more-info',
  'circular',
  'course-info',
  'course-schedule',
];

type Attributes = NonNullable<SanitizeSchema['attributes']>;

/** Elements that allow some classes of their own (GitHub's task lists, footnotes) allow ours too. */
function withSiteClasses(attributes: Attributes): Attributes {
  return Object.fromEntries(
    Object.entries(attributes).map(([tag, list]) => [
      tag,
      list.map((definition) => (Array.isArray(definition) && definition[0] === 'className' && tag !== '*' ? [...definition, ...SITE_CLASSES] : definition)),
    ]),
  );
}

const EXTRA_TAGS = ['abbr', 'article', 'aside', 'footer', 'header', 'nav', 'section', 'caption', 'cite', 'col', 'colgroup', 'dfn', 'figcaption', 'figure', 'mark', 'small', 'time', 'u', 'video', 'audio', 'source'];

/** A media file of the site or of another, played by the browser's own controls (no script). */
const MEDIA = ['src', 'controls', 'preload', 'autoplay', 'muted', 'loop', 'playsInline', 'poster', 'width', 'height'];

export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  // The page is the owner's own text: keep their ids and names as written so in-page anchors work.
  clobber: [],
  // What a removed element holds is not text for the page either (CSS, code, another page's frame).
  strip: ['script', 'style', 'iframe'],
  tagNames: [...(defaultSchema.tagNames ?? []), ...EXTRA_TAGS],
  attributes: {
    ...withSiteClasses(defaultSchema.attributes ?? {}),
    // A venue badge's colour class (lib/render/highlight.ts badgeColour).
    '*': [...(defaultSchema.attributes?.['*'] ?? []), ['className', ...SITE_CLASSES, /^venue-[\da-f]{8}$/]],
    img: [...(defaultSchema.attributes?.img ?? []), 'loading', 'decoding'],
    video: MEDIA,
    audio: MEDIA,
    source: ['src', 'type'],
    time: ['dateTime'],
    // kramdown's `{:target="_blank"}`, which academic pages put on outside links.
    a: [...withSiteClasses(defaultSchema.attributes ?? {}).a ?? [], ['target', '_blank'], ['rel', 'prev', 'next'], 'ariaCurrent'],
    nav: ['ariaLabel'],
    // The placeholders of math (lib/render/math.ts), typeset once the sanitiser is done.
    span: [...(defaultSchema.attributes?.span ?? []), ['dataMath', 'inline', 'block'], 'dataTex'],
  },
};

/** A class attribute the sanitiser emptied (every class was unknown) goes, rather than stay as `class=""`. */
export function dropEmptyClasses(tree: Root): void {
  visit(tree, 'element', (node) => {
    const classes = node.properties.className;
    if (Array.isArray(classes) && classes.length === 0) delete node.properties.className;
  });
}
