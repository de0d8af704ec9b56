// What the themes' layouts add to a page's own text, and jekyll-paginate-v2's `paginator`.
// - a table of contents (`toc: true`, al-folio's `toc: {sidebar: left}`), at the top;
// - `layout: cv`: the CV from content/_data/cv.yml (al-folio's sections: map, list, nested_list,
//   time_table) or from a JSON Resume (cv.json, or al-folio's assets/json/resume.json), after the
//   page's text, with a link to `cv_pdf`;
// - `layout: profiles`: the people of `profiles:`, each with picture, address and text;
// - `layout: course`: a course's instructor, term, place and time, and its schedule.
// - a page of a paginated list: its `paginator` (posts of this page, the pages around it).
import type { Pagination } from '../content/generated-pages';
import type { ItemSource, PageSource } from '../model';
import type { Drop } from './liquid-scope';

/** al-folio's cv.yml, section by section, each under a heading of its own (in the contents and the sections). */
const CV_YML = [
  // The heading on a line of its own, blank lines around it: the tags next to it keep their spaces.
  `{%- for _entry in site.data.cv %}`,
  `\n\n## {{ _entry.title }}\n\n`,
  `{% case _entry.type -%}`,
  `{%- when 'map' -%}<table class="cv-map"><tbody>{%- for _row in _entry.contents -%}<tr><th scope="row">{{ _row.name }}</th><td>{{ _row.value }}</td></tr>{%- endfor -%}</tbody></table>`,
  `{%- when 'nested_list' -%}<ul class="cv-list">{%- for _item in _entry.contents -%}<li class="cv-item"><strong>{{ _item.title }}</strong>{%- if _item.items -%}<ul>{%- for _sub in _item.items -%}<li>{{ _sub }}</li>{%- endfor -%}</ul>{%- endif -%}</li>{%- endfor -%}</ul>`,
  `{%- when 'time_table' -%}<ul class="cv-list">{%- for _item in _entry.contents -%}<li class="cv-item">`,
  `{%- if _item.year -%}<span class="cv-dates">{{ _item.year }}</span> {% endif -%}`,
  `{%- if _item.title -%}<strong>{{ _item.title }}</strong>{%- endif -%}`,
  `{%- if _item.institution -%}{%- if _item.title -%}, {% endif -%}{{ _item.institution }}{%- endif -%}`,
  `{%- if _item.description -%}<ul>{%- for _line in _item.description -%}<li>{{ _line }}</li>{%- endfor -%}</ul>{%- endif -%}`,
  `{%- if _item.items -%}<ul>{%- for _line in _item.items -%}<li>{{ _line }}</li>{%- endfor -%}</ul>{%- endif -%}`,
  `</li>{%- endfor -%}</ul>`,
  `{%- else -%}<ul class="cv-list">{%- for _item in _entry.contents -%}<li>{{ _item }}</li>{%- endfor -%}</ul>`,
  `{%- endcase -%}`,
  `{%- endfor -%}`,
].join('');

/**
 * al-folio's `layout: profiles` (its people page): for each of `profiles:` (older versions:
 * `about:`), the picture (under assets/img/, round with `image_circular`) and `more_info` beside the
 * text of its `content:` file (a markdown file beside the page, as `include_relative` finds it).
 */
const PROFILES = [
  // As al-folio does it: the text's markdown made HTML here, since an HTML block's lines are not markdown.
  `{%- assign _profiles = page.profiles | default: page.about -%}`,
  `{%- for _profile in _profiles %}\n<section class="profile-entry profile-{% if _profile.align == 'left' %}left{% else %}right{% endif %}">`,
  `{%- if _profile.image or _profile.more_info -%}<div class="profile-card">`,
  `{%- if _profile.image -%}{%- assign _image = _profile.image | prepend: 'assets/img/' -%}{%- if _profile.image_circular -%}{%- assign _class = 'circular' -%}{%- else -%}{%- assign _class = nil -%}{%- endif -%}{% include figure.liquid path=_image class=_class loading='eager' %}{%- endif -%}`,
  `{%- if _profile.more_info -%}<div class="more-info">{{ _profile.more_info | strip }}</div>{%- endif -%}`,
  `</div>{%- endif -%}`,
  `{%- if _profile.content -%}{%- capture _text -%}{% include_relative {{ _profile.content }} %}{%- endcapture -%}{{ _text | markdownify }}{%- endif -%}`,
  `</section>\n`,
  `{%- endfor -%}`,
].join('');

/** al-folio's `layout: course` (a `_teachings/` item): who, when and where before the text, the schedule after it. */
const COURSE_INFO = [
  `{%- if page.instructor or page.term or page.location or page.time -%}<dl class="course-info">`,
  `{%- if page.instructor -%}<dt>Instructor</dt><dd>{{ page.instructor }}</dd>{%- endif -%}`,
  `{%- if page.term -%}<dt>Term</dt><dd>{{ page.term }}{% if page.year %} {{ page.year }}{% endif %}</dd>{%- endif -%}`,
  `{%- if page.location -%}<dt>Location</dt><dd>{{ page.location }}</dd>{%- endif -%}`,
  `{%- if page.time -%}<dt>Time</dt><dd>{{ page.time }}</dd>{%- endif -%}`,
  `</dl>{%- endif -%}`,
].join('');

const courseSchedule = (heading: string) => [
  `{%- if page.schedule -%}\n\n${heading}\n\n<table class="course-schedule"><thead><tr><th scope="col">Week</th><th scope="col">Date</th><th scope="col">Topic</th><th scope="col">Materials</th></tr></thead><tbody>`,
  `{%- for _entry in page.schedule -%}<tr><td>{{ _entry.week }}</td><td>{{ _entry.date }}</td><td>`,
  `{%- if _entry.topic -%}<strong>{{ _entry.topic }}</strong>{%- endif -%}`,
  `{%- if _entry.description -%}{{ _entry.description | markdownify }}{%- endif -%}</td><td>`,
  `{%- if _entry.materials -%}<ul>{%- for _material in _entry.materials -%}<li>`,
  `{%- if _material.url -%}<a href="{% if _material.url contains '://' %}{{ _material.url }}{% else %}{{ _material.url | relative_url }}{% endif %}">{{ _material.name }}</a>{%- else -%}{{ _material.name }}{%- endif -%}`,
  `</li>{%- endfor -%}</ul>{%- endif -%}</td></tr>{%- endfor -%}</tbody></table>{%- endif -%}`,
].join('');

/** al-folio's `cv_pdf`: a file name under assets/pdf/, a path or a URL. */
const CV_PDF = `{%- if page.cv_pdf -%}{%- if page.cv_pdf contains '://' or page.cv_pdf contains '/' -%}{%- assign _pdf = page.cv_pdf -%}{%- else -%}{%- assign _pdf = page.cv_pdf | prepend: '/assets/pdf/' -%}{%- endif -%}\n<p class="cv-pdf"><a href="{% if _pdf contains '://' %}{{ _pdf }}{% else %}{{ _pdf | relative_url }}{% endif %}">PDF</a></p>\n{%- endif -%}`;

/**
 * A page with al-folio's `layout: cv` gets the CV after its text, from the data the site has: an
 * al-folio cv.yml (a list of sections) or a JSON Resume (the built-in cv-template.html). Any other
 * page is as written.
 */
export function withLayoutContent(source: PageSource, data: Readonly<Record<string, unknown>>): PageSource {
  const withToc = wantsToc(source.data.toc) && !/\{%-?\s*include\s+toc\b/.test(source.body) ? around(source, '{% include toc %}\n\n', '') : source;
  switch (source.data.layout) {
    case 'course':
      // The heading in the page's own format: markdown's starts a section of the page.
      return around(withToc, `${COURSE_INFO}\n\n`, `\n\n${courseSchedule(source.format === 'html' ? '<h2>Schedule</h2>' : '## Schedule')}\n`);
    case 'profiles':
      return around(withToc, `${PROFILES}\n\n`, '');
    case 'cv': {
      const cv = data.cv;
      const body = Array.isArray(cv) ? CV_YML : typeof cv === 'object' && cv !== null ? '{% include cv-template.html %}' : '';
      return around(withToc, `${CV_PDF}\n`, `\n\n${body}\n`);
    }
    default:
      return withToc;
  }
}

/** The page's text with the layout's before and after it; its own lines keep their numbers in messages. */
function around(source: PageSource, before: string, after: string): PageSource {
  const added = before.split('\n').length - 1;
  return { ...source, body: `${before}${source.body}${after}`, bodyLine: source.bodyLine - added };
}

/**
 * A table of contents the layout would show: minimal-mistakes' `toc: true`, al-folio's
 * `toc: {sidebar: left}` or `toc: {beginning: true}`. It goes at the top of the text.
 */
function wantsToc(toc: unknown): boolean {
  if (toc === true) return true;
  if (typeof toc !== 'object' || toc === null) return false;
  return Object.entries(toc).some(([key, value]) => (key === 'sidebar' && typeof value === 'string' && value !== '') || (key === 'beginning' && value === true));
}

/** A value to sort by: dates by time, numbers as numbers, anything else as text. */
function sortKey(value: unknown): number | string {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  return value == null ? '' : String(value);
}

/** jekyll-paginate-v2's `paginator` for one page of a list (its paths without the base path, as Jekyll's are). */
export function paginatorDrop(pagination: Pagination, collections: ReadonlyMap<string, readonly ItemSource[]>, drops: ReadonlyMap<ItemSource, Drop>): Drop {
  const items = (collections.get(pagination.collection) ?? []).filter((item) => item.output);
  const ordered =
    pagination.sortField === ''
      ? pagination.collection === 'posts'
        ? [...items].reverse()
        : [...items]
      : [...items].sort((a, b) => {
          const x = sortKey(drops.get(a)?.[pagination.sortField]);
          const y = sortKey(drops.get(b)?.[pagination.sortField]);
          return x < y ? -1 : x > y ? 1 : 0;
        });
  if (pagination.sortField !== '' && pagination.sortReverse) ordered.reverse();
  const { page, total, perPage, permalinks } = pagination;
  const pathOf = (num: number) => permalinks[num - 1] ?? null;
  return {
    page,
    per_page: perPage,
    posts: ordered.slice((page - 1) * perPage, page * perPage).map((item) => drops.get(item) ?? {}),
    total_posts: ordered.length,
    total_pages: total,
    previous_page: page > 1 ? page - 1 : null,
    previous_page_path: page > 1 ? pathOf(page - 1) : null,
    next_page: page < total ? page + 1 : null,
    next_page_path: page < total ? pathOf(page + 1) : null,
    page_path: pathOf(page),
    first_page: 1,
    first_page_path: pathOf(1),
    last_page: total,
    last_page_path: pathOf(total),
    page_trail: permalinks.map((path, index) => ({ num: index + 1, path, title: String(index + 1) })),
  };
}
