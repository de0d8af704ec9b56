// academicpages' stock includes, built in: each shows what the stock one shows (the title linked to
// the item's page, venue and date, type and location, the excerpt, the recommended citation, the
// paper and slides links) in this site's markup and in the site's language (`_ui`).
// Written in Liquid so that they run exactly where the stock ones ran. Their output starts on a line
// of its own and has no blank lines or indentation, so that in a markdown page it is one block of HTML.

import { AL_FOLIO_INCLUDES, FIGURE, VIDEO } from './al-folio-includes';

/** Replaced by the page's own table of contents once its sections are known. */
export const TOC_MARKER = 'site-toc-4a8e1f';

/** The item's date as a <time>, in the site's language. */
const DATE = `{% if post.date %}<time datetime="{{ post.date | date_to_xmlschema }}">{{ post.date | local_date }}</time>{% endif %}`;
const YEAR = `{% if post.date %}<time datetime="{{ post.date | date: '%Y-%m-%d' }}">{{ post.date | date: '%Y' }}</time>{% endif %}`;
const TITLE = `{%- if post.link -%}<a href="{{ post.link }}">{{ post.title }}</a> <a class="archive-permalink" href="{{ _base_path }}{{ post.url }}">{{ _ui.permalink_label }}</a>{%- else -%}<a href="{{ _base_path }}{{ post.url }}">{{ post.title }}</a>{%- endif -%}`;
const LINKS = `{%- if post.paperurl or post.slidesurl or post.bibtexurl -%}<p class="archive-links">{%- if post.paperurl -%}<a href="{{ post.paperurl }}">{{ _ui.paper_label }}</a>{%- endif -%}{%- if post.slidesurl -%}<a href="{{ post.slidesurl }}">{{ _ui.slides_label }}</a>{%- endif -%}{%- if post.bibtexurl -%}<a href="{{ post.bibtexurl }}">{{ _ui.bibtex_label }}</a>{%- endif -%}</p>{%- endif -%}`;
const CITATION = `{%- if post.citation -%}<p class="archive-citation">{{ _ui.citation_label }}: {{ post.citation }}</p>{%- endif -%}`;
/** "Talk, Venue, Location, date": what applies, in that order. */
const TALK_META = `{%- capture _where -%}{%- if post.type -%}{{ post.type }}{%- endif -%}{%- if post.venue -%}{%- if post.type -%}, {% endif -%}<i>{{ post.venue }}</i>{%- endif -%}{%- if post.location -%}{%- if post.type or post.venue -%}, {% endif -%}{{ post.location }}{%- endif -%}{%- endcapture -%}`;

const ARCHIVE_SINGLE = [
  `{%- assign post = include.post | default: post -%}`,
  `<article class="archive-item{% if include.type == 'grid' %} archive-grid{% endif %}">`,
  `{%- if include.type == 'grid' and post.header.teaser -%}<img src="{{ post.header.teaser | relative_url }}" alt="" loading="lazy">{%- endif -%}`,
  `<h2 class="archive-title">${TITLE}</h2>`,
  `{%- if post.collection == 'teaching' -%}<p class="archive-meta">{{ post.type }}{% if post.type and post.venue %}, {% endif %}{% if post.venue %}<i>{{ post.venue }}</i>{% endif %}{% if post.date %}, ${YEAR}{% endif %}</p>`,
  `{%- elsif post.collection == 'publications' -%}<p class="archive-meta">{% if post.venue %}{{ _ui.published_in }} <i>{{ post.venue }}</i>{% if post.date %}, {% endif %}{% endif %}${YEAR}</p>`,
  `{%- elsif post.collection == 'talks' -%}${TALK_META}<p class="archive-meta">{{ _where }}{% if _where != '' and post.date %}, {% endif %}${DATE}</p>`,
  `{%- elsif post.date -%}<p class="archive-meta">${DATE}</p>{%- endif -%}`,
  `{%- if include.type != 'grid' -%}{%- if post.excerpt -%}<div class="archive-excerpt">{{ post.excerpt | markdownify }}</div>{%- endif -%}${CITATION}${LINKS}{%- endif -%}`,
  `</article>`,
].join('');

const ARCHIVE_SINGLE_TALK = [
  `{%- assign post = include.post | default: post -%}`,
  `<article class="archive-item">`,
  `<h2 class="archive-title">${TITLE}</h2>`,
  `${TALK_META}<p class="archive-meta">{{ _where }}{% if _where != '' and post.date %}, {% endif %}${DATE}</p>`,
  `{%- if post.excerpt -%}<div class="archive-excerpt">{{ post.excerpt | markdownify }}</div>{%- endif -%}`,
  `{%- if post.slidesurl -%}<p class="archive-links"><a href="{{ post.slidesurl }}">{{ _ui.slides_label }}</a></p>{%- endif -%}`,
  `</article>`,
].join('');

/** One line of the CV: title, venue and year, then the citation (publications) or the links. */
const ARCHIVE_SINGLE_CV = [
  `{%- assign post = include.post | default: post -%}`,
  `<li class="cv-item">${TITLE}`,
  `{%- if post.venue -%}, <i>{{ post.venue }}</i>{%- endif -%}`,
  `{%- if post.date -%}, ${YEAR}{%- endif -%}`,
  `{%- if post.citation -%}<br>{{ post.citation }}{%- endif -%}`,
  `</li>`,
].join('');

const ARCHIVE_SINGLE_TALK_CV = [
  `{%- assign post = include.post | default: post -%}`,
  `<li class="cv-item">${TITLE}`,
  `${TALK_META}{%- if _where != '' -%}, {{ _where }}{%- endif -%}`,
  `{%- if post.date -%}, ${DATE}{%- endif -%}`,
  `</li>`,
].join('');

/** minimal-mistakes' group-by-array: `group_names` and `group_items` of a collection by a field. */
const GROUP_BY_ARRAY = `{%- assign group_names = include.collection | group_names_by: include.field -%}{%- assign group_items = include.collection | group_items_by: include.field -%}`;

const GALLERY = [
  `{%- assign _gallery = page[include.id] | default: page.gallery -%}`,
  `<div class="gallery">{%- for img in _gallery -%}<figure class="figure">`,
  `{%- if img.url -%}<a href="{{ img.url | relative_url }}">{%- endif -%}<img src="{{ img.image_path | relative_url }}" alt="{{ img.alt | default: '' | escape }}" loading="lazy">{%- if img.url -%}</a>{%- endif -%}`,
  `{%- if img.title -%}<figcaption>{{ img.title }}</figcaption>{%- endif -%}</figure>{%- endfor -%}`,
  `{%- if include.caption -%}<p>{{ include.caption | markdownify | remove: '<p>' | remove: '</p>' }}</p>{%- endif -%}</div>`,
].join('');

const FEATURE_ROW = [
  `{%- assign _rows = page[include.id] | default: page.feature_row -%}`,
  `<div class="feature-row">{%- for f in _rows -%}<article class="archive-item">`,
  `{%- if f.image_path -%}<img src="{{ f.image_path | relative_url }}" alt="{{ f.alt | default: '' | escape }}" loading="lazy">{%- endif -%}`,
  `{%- if f.title -%}<h2 class="archive-title">{{ f.title }}</h2>{%- endif -%}`,
  `{%- if f.excerpt -%}<div class="archive-excerpt">{{ f.excerpt | markdownify }}</div>{%- endif -%}`,
  `{%- if f.url -%}<p class="archive-links"><a href="{{ f.url | relative_url }}">{{ f.btn_label | default: f.title | default: f.url }}</a></p>{%- endif -%}`,
  `</article>{%- endfor -%}</div>`,
].join('');

/** A date range of the CV: "2019–2023", "2019–" while it lasts. */
const CV_DATES = `{% if item.startDate or item.endDate %} <span class="cv-dates">{{ item.startDate | slice: 0, 4 }}–{{ item.endDate | slice: 0, 4 }}</span>{% endif %}`;
const CV_LINKED = (field: string) => `{% if item.url %}<a href="{{ item.url }}">{{ item.${field} }}</a>{% else %}{{ item.${field} }}{% endif %}`;
const CV_HIGHLIGHTS = `{% if item.highlights.size > 0 %}<ul>{% for highlight in item.highlights %}<li>{{ highlight }}</li>{% endfor %}</ul>{% endif %}`;
const cvSection = (key: string, label: string, body: string) =>
  `{% if cv.${key}.size > 0 %}<h2 id="cv-${key}">{{ _ui.${label} }}</h2><ul class="cv-list">{% for item in cv.${key} %}<li class="cv-item">${body}</li>{% endfor %}</ul>{% endif %}`;

/** academicpages' cv-template.html: the JSON Resume in content/_data/cv.json, section by section. */
const CV_TEMPLATE = [
  `{% assign cv = site.data.cv %}`,
  `{% if cv.basics.summary %}<p class="cv-summary">{{ cv.basics.summary }}</p>{% endif %}`,
  cvSection('work', 'cv_work', `<strong>{{ item.position }}</strong>{% if item.name %}, ${CV_LINKED('name')}{% endif %}${CV_DATES}{% if item.location %}, {{ item.location }}{% endif %}{% if item.summary %}<br>{{ item.summary }}{% endif %}${CV_HIGHLIGHTS}`),
  cvSection('education', 'cv_education', `<strong>{{ item.studyType }}{% if item.area %}{% if item.studyType %}, {% endif %}{{ item.area }}{% endif %}</strong>{% if item.institution %}, ${CV_LINKED('institution')}{% endif %}${CV_DATES}{% if item.score %}, {{ item.score }}{% endif %}{% if item.courses.size > 0 %}<ul>{% for course in item.courses %}<li>{{ course }}</li>{% endfor %}</ul>{% endif %}`),
  cvSection('publications', 'cv_publications', `<strong>${CV_LINKED('name')}</strong>{% if item.publisher %}, <i>{{ item.publisher }}</i>{% endif %}{% if item.releaseDate %}, {{ item.releaseDate | slice: 0, 4 }}{% endif %}{% if item.summary %}<br>{{ item.summary }}{% endif %}`),
  cvSection('awards', 'cv_awards', `<strong>{{ item.title }}</strong>{% if item.awarder %}, {{ item.awarder }}{% endif %}{% if item.date %}, {{ item.date | slice: 0, 4 }}{% endif %}{% if item.summary %}<br>{{ item.summary }}{% endif %}`),
  cvSection('certificates', 'cv_certificates', `<strong>${CV_LINKED('name')}</strong>{% if item.issuer %}, {{ item.issuer }}{% endif %}{% if item.date %}, {{ item.date | slice: 0, 4 }}{% endif %}`),
  cvSection('projects', 'cv_projects', `<strong>${CV_LINKED('name')}</strong>${CV_DATES}{% if item.description %}<br>{{ item.description }}{% endif %}${CV_HIGHLIGHTS}`),
  cvSection('volunteer', 'cv_volunteer', `<strong>{{ item.position }}</strong>{% if item.organization %}, ${CV_LINKED('organization')}{% endif %}${CV_DATES}{% if item.summary %}<br>{{ item.summary }}{% endif %}${CV_HIGHLIGHTS}`),
  cvSection('skills', 'cv_skills', `<strong>{{ item.name }}</strong>{% if item.level %} ({{ item.level }}){% endif %}{% if item.keywords.size > 0 %}: {{ item.keywords | join: ', ' }}{% endif %}`),
  cvSection('languages', 'cv_languages', `<strong>{{ item.language }}</strong>{% if item.fluency %}: {{ item.fluency }}{% endif %}`),
  cvSection('interests', 'cv_interests', `<strong>{{ item.name }}</strong>{% if item.keywords.size > 0 %}: {{ item.keywords | join: ', ' }}{% endif %}`),
  cvSection('references', 'cv_references', `{{ item.reference }}{% if item.name %} — <strong>{{ item.name }}</strong>{% endif %}`),
].join('');

/**
 * An include whose output is a block of HTML starts on a line of its own, as academicpages' stock
 * ones do (they open with a newline): placed indented in a Liquid loop, its markup is still at the
 * start of a line, so markdown reads it as HTML, not as indented code.
 */
const block = (template: string) => `\n${template.replace(/^\{%-/, '{%')}`;

export const BUILT_IN_INCLUDES: Readonly<Record<string, string>> = {
  base_path: `{%- assign base_path = _base_path -%}`,
  'archive-single.html': block(ARCHIVE_SINGLE),
  'archive-single-talk.html': block(ARCHIVE_SINGLE_TALK),
  'archive-single-cv.html': block(ARCHIVE_SINGLE_CV),
  'archive-single-talk-cv.html': block(ARCHIVE_SINGLE_TALK_CV),
  'group-by-array': GROUP_BY_ARRAY,
  toc: block(`<p>${TOC_MARKER}</p>`),
  figure: block(FIGURE),
  video: block(VIDEO),
  gallery: block(GALLERY),
  feature_row: block(FEATURE_ROW),
  'cv-template.html': block(CV_TEMPLATE),
  ...Object.fromEntries(Object.entries(AL_FOLIO_INCLUDES).map(([name, template]) => [name, template === '' ? '' : block(template)])),
};

/** The stock names as pages write them, with or without ".html" (or al-folio's ".liquid"). */
export function builtInInclude(name: string): string | undefined {
  return BUILT_IN_INCLUDES[name] ?? BUILT_IN_INCLUDES[name.replace(/\.(?:html|liquid)$/, '')] ?? BUILT_IN_INCLUDES[`${name}.html`];
}
