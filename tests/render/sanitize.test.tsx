import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type DefaultTreeAdapterMap, parseFragment } from 'parse5';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Bio } from '../../components/Bio';
import { Section } from '../../components/Section';
import { buildFeeds } from '../../lib/publish/feeds';
import { FIXTURE_CONTENT, loadHomePage, readSite } from '../helpers';
import { folderWith } from '../helpers';

// A profile.md written to attack the page: scripts, handlers, javascript:/data: links, comments,
// iframes, forms, styles. Rendered through the real loader and components, none of it may be live.
/** The hostile page, rendered through the real loader and components (inside each test, so that
 * the mutation run sees which test covers which line). */
function hostile() {
  const dir = folderWith({ 'profile.md': readFileSync(path.join(__dirname, '..', 'fixtures', 'hostile-profile.md'), 'utf8') });
  const profile = loadHomePage(dir);
  const page = renderToStaticMarkup(
    <>
      {profile.bio !== null && <Bio html={profile.bio} />}
      {profile.sections.map((section) => (
        <Section key={section.id} section={section} />
      ))}
    </>,
  );
  return { dir, profile, page };
}

const DANGEROUS_TAGS = new Set(['script', 'iframe', 'object', 'embed', 'form', 'button', 'style', 'link', 'meta', 'base', 'svg', 'math', 'frame', 'frameset']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster']);

/** Everything live in an HTML fragment, as a browser would parse it: elements, attributes, comments. */
function liveParts(html: string): string[] {
  const found: string[] = [];
  const visit = (node: DefaultTreeAdapterMap['node']) => {
    if (node.nodeName === '#comment') found.push('a comment');
    if ('tagName' in node) {
      if (DANGEROUS_TAGS.has(node.tagName)) found.push(`<${node.tagName}>`);
      if (node.tagName === 'input' && !node.attrs.some((attr) => attr.name === 'disabled')) found.push('an enabled <input>');
      for (const { name, value } of node.attrs) {
        if (name.startsWith('on')) found.push(`${name}= on <${node.tagName}>`);
        if (name === 'style' || name === 'srcdoc') found.push(`${name}= on <${node.tagName}>`);
        if (URL_ATTRIBUTES.has(name) && /^\s*(?:javascript|data|vbscript):/i.test(value)) found.push(`${name}="${value}"`);
      }
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
    if ('content' in node) visit(node.content);
  };
  visit(parseFragment(html));
  return found;
}

describe('a hostile profile.md', () => {
  it('renders the page with no script, handler, dangerous URL, comment, frame or form left', () => {
    const { page } = hostile();
    expect(liveParts(page)).toEqual([]);
  });

  it('keeps the text and the safe parts', () => {
    const { profile, page } = hostile();
    expect(page).toContain('<a href="https://example.org" target="_blank">safe link, unsafe handler</a>');
    expect(page).toContain('hover me');
    expect(page).toContain('Paper accepted');
    expect(page).toContain('<details open><summary>More</summary>text</details>');
    expect(profile.sections.map((section) => [section.kind, section.heading.text])).toEqual([
      // Not HTML to CommonMark (an unquoted value may not hold quotes): shown as text, inert.
      ['generic', "Work <img src=x onerror=alert('heading')> Experience"],
      ['news', 'News'],
      ['generic', 'Misc'],
    ]);
  });

  it('keeps the feeds well-formed and free of live markup', () => {
    const { profile } = hostile();
    const site = readSite(FIXTURE_CONTENT, 'public', {});
    const feeds = buildFeeds(site, profile);
    expect(feeds.entries).toHaveLength(2);
    for (const entry of feeds.entries) expect(liveParts(entry.html)).toEqual([]);
  });
});
