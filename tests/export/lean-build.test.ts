import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadHtmlParser } from '../../lib/export/lean-html';
import { describe, expect, it } from 'vitest';
import { clientComponentSources } from '../../lib/export/client-modules';
import { LeanBuildError, leanBuild, leanBuildMessage } from '../../lib/export/lean-build';
import { folderWith } from '../helpers';

const parser = await loadHtmlParser();

const THEME = 'document.documentElement.dataset.t="1"';
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/_next/static/chunks/a.css"><link rel="preload" as="script" href="/_next/static/chunks/b.js"><script src="/_next/static/chunks/b.js" async></script><script>${THEME}</script></head><body><main>Hi</main><script>self.__next_f.push([1,"x"])</script></body></html>`;

/** A build folder with prerendered pages and, optionally, a client reference manifest naming modules. */
function buildWith(clientModules: string[] = []): string {
  const next = path.join(folderWith({}), '.next');
  for (const file of ['server/app/index.html', 'server/app/teaching.html', 'server/app/_not-found.html', 'server/pages/404.html']) {
    mkdirSync(path.dirname(path.join(next, file)), { recursive: true });
    writeFileSync(path.join(next, file), PAGE);
  }
  writeFileSync(path.join(next, 'server/app/index.rsc'), '0:"payload"');
  const modules = Object.fromEntries(clientModules.map((id) => [id, { chunks: ['static/chunks/c.js'] }]));
  writeFileSync(path.join(next, 'server/app/page_client-reference-manifest.js'), `globalThis.__RSC_MANIFEST["/page"] = ${JSON.stringify({ clientModules: modules })};`);
  return next;
}

describe('leanBuild', () => {
  it('rewrites every prerendered page, the 404 and 500 copies included, keeping the theme script and the RSC payload files', () => {
    const next = buildWith(['/project/node_modules/next/dist/client/link.js']);
    const verdict = leanBuild(next, { keepScripts: [THEME], sourceComponents: [], parser });
    expect(verdict).toEqual({ kind: 'lean', pages: 4, before: 4 * PAGE.length, after: verdict.kind === 'lean' ? verdict.after : 0, removed: 12 });
    const html = readFileSync(path.join(next, 'server/app/teaching.html'), 'utf8');
    expect(html).toBe(`<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/_next/static/chunks/a.css"><script>${THEME}</script></head><body><main>Hi</main></body></html>`);
    expect(readFileSync(path.join(next, 'server/pages/404.html'), 'utf8')).toBe(html);
    expect(readFileSync(path.join(next, 'server/app/index.rsc'), 'utf8')).toBe('0:"payload"');
    expect(verdict.kind === 'lean' && verdict.after).toBe(4 * html.length);
  });

  it('keeps the runtime when the sources have a client component, and touches no page', () => {
    const next = buildWith(['[project]/components/Like.tsx']);
    expect(leanBuild(next, { keepScripts: [THEME], sourceComponents: ['components/Like.tsx'], parser })).toEqual({ kind: 'runtime', components: ['components/Like.tsx'] });
    expect(readFileSync(path.join(next, 'server/app/index.html'), 'utf8')).toBe(PAGE);
  });

  it('stops when the build holds a client component the sources did not show (the headers would break it)', () => {
    const next = buildWith(['[project]/vendor/widget.tsx']);
    expect(() => leanBuild(next, { keepScripts: [THEME], sourceComponents: [], parser })).toThrow(LeanBuildError);
    expect(() => leanBuild(next, { keepScripts: [THEME], sourceComponents: [], parser })).toThrow(/\[project\]\/vendor\/widget\.tsx.*do not mark 'use client'/);
    expect(readFileSync(path.join(next, 'server/app/index.html'), 'utf8')).toBe(PAGE);
  });
});

describe('leanBuildMessage', () => {
  it('says in one line what the pass did', () => {
    expect(leanBuildMessage({ kind: 'lean', pages: 3, before: 60640, after: 19867, removed: 30 })).toBe(
      "Lean pass: 3 prerendered pages without Next's client runtime (30 scripts and preloads removed, 60640 -> 19867 bytes of HTML).",
    );
  });

  it('names the client component, or the first and how many more, and what to do', () => {
    expect(leanBuildMessage({ kind: 'runtime', components: ['components/A.tsx'] })).toBe(
      "Lean pass skipped: components/A.tsx is a client component, which needs Next's client runtime: the pages keep it, and the CSP allows inline scripts ('unsafe-inline'). Make it a Server Component to serve lean pages again.",
    );
    const many = leanBuildMessage({ kind: 'runtime', components: ['app/x/B.tsx', 'components/A.tsx', 'lib/c.ts'] });
    expect(many).toMatch(/^Lean pass skipped: app\/x\/B\.tsx and 2 more are client components, which need Next's client runtime: .* Make them Server Components to serve lean pages again\.$/);
    expect(many.split('\n')).toHaveLength(1);
  });
});

describe('clientComponentSources', () => {
  it("finds the files that start with 'use client', after comments, in app/, components/ and lib/", () => {
    const root = folderWith({
      'components/A.tsx': "'use client';\nexport const A = 1;",
      'components/B.tsx': '// a button\n/* with a count */\n"use client"\nexport const B = 1;',
      'app/x/page.tsx': "export default function P() { return 'use client'; }",
      'lib/c.ts': "const note = 'use client';",
      'lib/deep/d.jsx': "  'use client'\n",
      'components/readme.md': "'use client'",
      'components/node_modules/e.tsx': "'use client'",
      'scripts/f.tsx': "'use client'",
      'components/G.tsx': "'use server';",
    });
    expect(clientComponentSources(root)).toEqual(['components/A.tsx', 'components/B.tsx', 'lib/deep/d.jsx']);
    expect(clientComponentSources(folderWith({}))).toEqual([]);
  });
});
