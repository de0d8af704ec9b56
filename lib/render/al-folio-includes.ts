// al-folio's includes that its content uses (in v1 they live in gems, so a site's repository does
// not have them), built in as the academicpages ones are (see includes.ts): each shows what al-folio
// shows, in this site's markup, without scripts or frames from other sites. Written in Liquid, with
// al-folio's parameters, so that they run exactly where al-folio's ran.

/**
 * A picture: al-folio's `path` (relative to the site) or academicpages' `image_path`, `class`, `alt`,
 * `title`, `caption`, `url` (a link around it), `width`, `height`.
 */
export const FIGURE = [
  `{%- assign _path = include.path | default: include.image_path -%}`,
  `<figure class="figure{% if include.class %} {{ include.class }}{% endif %}">`,
  `{%- if include.url -%}<a href="{{ include.url | relative_url }}">{%- endif -%}`,
  `<img src="{% if _path contains '://' %}{{ _path }}{% else %}{{ _path | relative_url }}{% endif %}" alt="{{ include.alt | default: include.title | default: '' | escape }}"{% if include.title %} title="{{ include.title | escape }}"{% endif %}{% if include.width %} width="{{ include.width | remove: 'px' }}"{% endif %}{% if include.height %} height="{{ include.height | remove: 'px' }}"{% endif %} loading="{{ include.loading | default: 'lazy' }}">`,
  `{%- if include.url -%}</a>{%- endif -%}`,
  `{%- if include.caption -%}<figcaption>{{ include.caption | markdownify | remove: '<p>' | remove: '</p>' }}</figcaption>{%- endif -%}`,
  `</figure>`,
].join('');

/** The address of a media file or page: as written when it is one, else under the site. */
const MEDIA_SRC = `{%- if include.path contains '://' -%}{%- assign _src = include.path -%}{%- else -%}{%- assign _src = include.path | relative_url -%}{%- endif -%}`;

/**
 * A video: a file of the site plays in a <video>; a player of another site (al-folio's embed
 * address, academicpages' `provider` and `id`) is a link, not a frame.
 */
export const VIDEO = [
  `{%- if include.provider -%}{%- case include.provider -%}`,
  `{%- when 'youtube' -%}{%- capture _video -%}https://www.youtube.com/watch?v={{ include.id }}{%- endcapture -%}`,
  `{%- when 'vimeo' -%}{%- capture _video -%}https://vimeo.com/{{ include.id }}{%- endcapture -%}`,
  `{%- else -%}{%- capture _video -%}{{ include.id }}{%- endcapture -%}{%- endcase -%}`,
  `<p class="video"><a href="{{ _video }}">{{ include.title | default: _video }}</a></p>`,
  `{%- else -%}`,
  MEDIA_SRC,
  `<figure class="figure media{% if include.class %} {{ include.class }}{% endif %}">`,
  `{%- if include.path contains '://' -%}<p class="video"><a href="{{ _src | replace: '/embed/', '/watch?v=' | replace: 'player.vimeo.com/video/', 'vimeo.com/' }}">{{ include.title | default: include.caption | default: _src }}</a></p>`,
  `{%- else -%}<video src="{{ _src }}" controls preload="metadata"{% if include.autoplay %} autoplay muted{% endif %}{% if include.loop %} loop{% endif %}{% if include.muted %} muted{% endif %}></video>{%- endif -%}`,
  `{%- if include.caption -%}<figcaption>{{ include.caption | markdownify | remove: '<p>' | remove: '</p>' }}</figcaption>{%- endif -%}`,
  `</figure>{%- endif -%}`,
].join('');

const AUDIO = [
  MEDIA_SRC,
  `<figure class="figure media{% if include.class %} {{ include.class }}{% endif %}">`,
  `<audio src="{{ _src }}" controls preload="metadata"></audio>`,
  `{%- if include.caption -%}<figcaption>{{ include.caption | markdownify | remove: '<p>' | remove: '</p>' }}</figcaption>{%- endif -%}`,
  `</figure>`,
].join('');

/** A project card (`project` from the page's loop): picture, title linked to its page (or `redirect`), description. */
const project = (horizontal: boolean) => [
  `{%- if project.redirect -%}{%- assign _href = project.redirect -%}{%- if _href contains '://' -%}{%- else -%}{%- assign _href = _href | relative_url -%}{%- endif -%}{%- else -%}{%- assign _href = project.url | relative_url -%}{%- endif -%}`,
  `<article class="project-card${horizontal ? ' project-card-horizontal' : ''}">`,
  `{%- if project.img -%}<img src="{{ project.img | relative_url }}" alt="" loading="lazy">{%- endif -%}`,
  `<h3 class="project-title"><a href="{{ _href }}">{{ project.title }}</a></h3>`,
  `{%- if project.description -%}<p class="project-description">{{ project.description }}</p>{%- endif -%}`,
  `</article>`,
].join('');

/** The news (al-folio's `_news`), newest first: an inline item whole, any other as its title linking to its page. */
const NEWS = [
  `{%- assign _news = site.news | sort: 'date' | reverse -%}`,
  `{%- assign _limit = include.limit | default: page.announcements.limit | default: _news.size -%}`,
  `{%- if _news.size > 0 -%}<ul class="news-list">{%- for item in _news limit: _limit -%}`,
  `<li><time datetime="{{ item.date | date: '%Y-%m-%d' }}">{{ item.date | date: '%b %d, %Y' }}</time> `,
  `{% if item.inline -%}{{ item.content | remove: '<p>' | remove: '</p>' | strip }}{%- else -%}<a href="{{ item.url | relative_url }}">{{ item.title }}</a>{%- endif -%}</li>`,
  `{%- endfor -%}</ul>{%- else -%}<p>No news so far...</p>{%- endif -%}`,
].join('');

const LATEST_POSTS = [
  `{%- assign _posts = site.posts -%}`,
  `{%- assign _limit = include.limit | default: page.latest_posts.limit | default: 3 -%}`,
  `<ul class="news-list">{%- for item in _posts limit: _limit -%}`,
  `<li><time datetime="{{ item.date | date: '%Y-%m-%d' }}">{{ item.date | date: '%b %d, %Y' }}</time> `,
  `<a href="{% if item.redirect %}{{ item.redirect | relative_url }}{% else %}{{ item.url | relative_url }}{% endif %}">{{ item.title }}</a></li>`,
  `{%- endfor -%}</ul>`,
].join('');

/** jekyll-paginate-v2's links: previous, the pages, next (a paginated page always has a paginator). */
const PAGINATION = [
  `{%- if paginator.total_pages > 1 -%}<nav class="pagination" aria-label="Pages"><ul>`,
  `{%- if paginator.previous_page_path -%}<li><a href="{{ paginator.previous_page_path | relative_url }}" rel="prev">Newer</a></li>{%- endif -%}`,
  `{%- for trail in paginator.page_trail -%}<li>{%- if trail.num == paginator.page -%}<a href="{{ trail.path | relative_url }}" aria-current="page">{{ trail.num }}</a>{%- else -%}<a href="{{ trail.path | relative_url }}">{{ trail.num }}</a>{%- endif -%}</li>{%- endfor -%}`,
  `{%- if paginator.next_page_path -%}<li><a href="{{ paginator.next_page_path | relative_url }}" rel="next">Older</a></li>{%- endif -%}`,
  `</ul></nav>{%- endif -%}`,
].join('');

/** al-folio v1's course list (`_teachings`), newest first, each linking to its page. */
const COURSES = [
  `{%- assign _courses = site.teachings | sort: 'year' | reverse -%}`,
  `<ul class="course-list">{%- for course in _courses -%}<li><a href="{{ course.url | relative_url }}">{{ course.title }}</a>`,
  `{%- if course.term or course.year -%} <span class="course-term">{{ course.term }} {{ course.year }}</span>{%- endif -%}`,
  `{%- if course.description -%}<br>{{ course.description }}{%- endif -%}</li>{%- endfor -%}</ul>`,
].join('');

/** A Google Calendar is a frame of another site: a link to it instead. */
const CALENDAR = `{%- if include.calendar_id -%}<p class="calendar"><a href="https://calendar.google.com/calendar/embed?src={{ include.calendar_id | url_encode }}">{{ include.title | default: 'Calendar' }}</a></p>{%- endif -%}`;

/** GitHub repositories and users as links (al-folio shows images from third-party stats services). */
const REPO = `<p class="repository"><a href="https://github.com/{{ include.repository }}">{{ include.repository }}</a></p>`;
const REPO_USER = `<p class="repository"><a href="https://github.com/{{ include.username }}">{{ include.username }}</a></p>`;

/**
 * The gem includes by name without extension (content writes `projects.liquid`, older sites
 * `projects.html`); `figure` and `video` are in includes.ts, shared with academicpages.
 */
export const AL_FOLIO_INCLUDES: Readonly<Record<string, string>> = {
  audio: AUDIO,
  projects: project(false),
  projects_horizontal: project(true),
  news: NEWS,
  latest_posts: LATEST_POSTS,
  pagination: PAGINATION,
  courses: COURSES,
  calendar: CALENDAR,
  // The search box of the publications page needs JavaScript: the list itself is the page.
  bib_search: '',
  'repository/repo': REPO,
  'repository/repo_user': REPO_USER,
  'repository/repo_trophies': REPO_USER,
};
