import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayName } from '../../lib/content/front-matter';
import { loadSiteModel, readSiteModel } from '../../lib/site-model';
import { folderWith, page, withProblems } from '../helpers';

function siteWithCv(cv: string, body = '{% include cv-template.html %}') {
  const root = folderWith({
    'content/site.yml': 'title: E\nurl: https://e.example.org\nauthor:\n  name: Ada\n',
    'content/profile.md': page('permalink: /', 'Home'),
    'content/pages/cv.md': page('permalink: /cv/\ntitle: CV', body),
    'content/_data/cv.json': cv,
  });
  const folders = { contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public') };
  return {
    file: displayName(path.join(root, 'content', '_data', 'cv.json')),
    load: () => loadSiteModel(folders, {}),
    read: () => withProblems((problems) => readSiteModel(folders, {}, problems)),
  };
}

describe('content/_data/cv.json (JSON Resume)', () => {
  it("renders through the built-in cv-template.html, with academicpages' older names", () => {
    const cv = JSON.stringify({
      basics: { name: 'Ada', summary: 'Analyst & poet.' },
      work: [{ company: 'Engines Ltd', website: 'https://engines.example', position: 'Analyst', startDate: '1842-01', endDate: '1843', highlights: ['Note G'] }],
      education: [{ institution: 'Home', area: 'Mathematics', studyType: 'Tutoring', startDate: 1830 }],
      skills: [{ name: 'Analysis', level: 'Expert', keywords: ['Bernoulli', 'Cards'] }],
      languages: [{ language: 'English', fluency: 'Native' }],
    });
    const html = siteWithCv(cv).load().pages[1]?.bio;
    expect(html).toBe(
      [
        '<p class="cv-summary">Analyst &#x26; poet.</p>',
        '<h2 id="cv-work">Work experience</h2><ul class="cv-list"><li class="cv-item"><strong>Analyst</strong>, <a href="https://engines.example">Engines Ltd</a> <span class="cv-dates">1842–1843</span><ul><li>Note G</li></ul></li></ul>',
        '<h2 id="cv-education">Education</h2><ul class="cv-list"><li class="cv-item"><strong>Tutoring, Mathematics</strong>, Home <span class="cv-dates">1830–</span></li></ul>',
        '<h2 id="cv-skills">Skills</h2><ul class="cv-list"><li class="cv-item"><strong>Analysis</strong> (Expert): Bernoulli, Cards</li></ul>',
        '<h2 id="cv-languages">Languages</h2><ul class="cv-list"><li class="cv-item"><strong>English</strong>: Native</li></ul>',
      ].join(''),
    );
  });

  it('leaves out a value of the wrong type or a bad date, naming the file, the line and the path, and shows the rest', () => {
    const dates = siteWithCv('{\n  "work": [\n    { "name": "A" },\n    { "name": "B", "startDate": "March 2020" }\n  ]\n}');
    expect(dates.read().warnings).toEqual([`${dates.file}:4: \`work[1].startDate\`: expected a date such as 2024-03-15, 2024-03 or 2024, found the text "March 2020"; left out`]);
    expect(dates.read().value?.pages[1]?.bio).toContain('<strong></strong>, B</li>');
    const types = siteWithCv('{"basics": {"profiles": {"network": "GitHub"}}}');
    expect(types.read().warnings).toEqual([`${types.file}:1: \`basics.profiles\`: expected a list of profiles, found a mapping of keys to values; left out`]);
    const url = siteWithCv('{"publications": [{"name": "P", "url": "javascript:alert(1)"}]}');
    expect(url.read().warnings).toEqual([`${url.file}:1: \`publications[0].url\`: expected a URL (https://...), found the text "javascript:alert(1)"; left out`]);
    expect(url.read().value?.pages[1]?.bio).not.toContain('javascript:');
    const broken = siteWithCv('{\n  "basics": {\n    "name": "Ada",\n  }\n}');
    expect(broken.load).toThrow(new RegExp(`^${broken.file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:4: expected valid JSON`));
  });
});
