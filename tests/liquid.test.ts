import { describe, expect, it } from 'vitest';
import { resolveLiquid } from '../lib/render/liquid';
import { folderWith, loadPages, page } from './helpers';

describe('resolveLiquid', () => {
  const context = { origin: 'https://ada.github.io', basePath: '/site', file: 'content/pages/cv.md', firstLine: 5 };

  it('resolves the base path, the site URL and the url filters as Jekyll does', () => {
    const text = [
      '[CV]({{ base_path }}/files/cv.pdf) [CV]({% include base_path %}/files/cv.pdf)',
      '<img src="{{ site.baseurl }}/images/me.png"> {{ site.url }}{{ site.baseurl }}/talks/',
      "{{ '/files/a.pdf' | relative_url }} {{ \"files/b.pdf\" | absolute_url }} {{- base_path -}}",
    ].join('\n');
    expect(resolveLiquid(text, context)).toEqual({
      text: [
        '[CV](/site/files/cv.pdf) [CV](/site/files/cv.pdf)',
        '<img src="/site/images/me.png"> https://ada.github.io/site/talks/',
        '/site/files/a.pdf https://ada.github.io/site/files/b.pdf /site',
      ].join('\n'),
      warnings: [],
    });
  });

  it('leaves any other Liquid as written and warns with the file and line', () => {
    const text = 'Intro\n\n{% for post in site.publications %}\n{{ post.title }}\n{% endfor %}';
    const result = resolveLiquid(text, context);
    expect(result.text).toBe(text);
    expect(result.warnings).toEqual([
      'content/pages/cv.md:7: Liquid this site does not run, shown as written: {% for post in site.publications %}',
      'content/pages/cv.md:8: Liquid this site does not run, shown as written: {{ post.title }}',
      'content/pages/cv.md:9: Liquid this site does not run, shown as written: {% endfor %}',
    ]);
  });

  it('runs on every page body before markdown, with the page\'s own line numbers', () => {
    const dir = folderWith({ 'profile.md': page('permalink: /', 'See [my CV]({{ base_path }}/files/cv.pdf).\n\n{{ page.x }}') });
    const [home] = loadPages(dir, { origin: 'https://a.org', basePath: '' });
    expect(home?.bio).toContain('<a href="/files/cv.pdf">my CV</a>');
    expect(home?.warnings).toEqual([expect.stringMatching(/profile\.md:6: Liquid this site does not run, shown as written: \{\{ page\.x \}\}$/)]);
  });
});
