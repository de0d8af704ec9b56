// The lean pass of `npm run build`: after `next build`, the prerendered pages under
// <distDir>/server/app (and the 404 and 500 pages in server/pages) lose Next's client runtime,
// the same rewrite the static export makes (lib/export/lean-html.ts). `npm start`, `next start`
// and Vercel (whose builder runs the build script, then packages these files as the prerendered
// pages) all serve what it leaves. The RSC payloads (.rsc, .segments/) stay: only a client router
// asks for them, and none runs any more.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ownClientModules } from './client-modules';
import { type HtmlParser, leanHtml } from './lean-html';

export type LeanVerdict =
  | { kind: 'lean'; pages: number; before: number; after: number; removed: number }
  | { kind: 'runtime'; components: string[] };

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(file);
    return entry.name.endsWith('.html') ? [file] : [];
  });
}

/** Thrown when the build and the headers disagree about client components. */
export class LeanBuildError extends Error {
  override name = 'LeanBuildError';
}

/**
 * @param nextDir the build's folder (.next, or NEXT_DIST_DIR)
 * @param keepScripts the inline scripts the CSP allows by hash (the theme script)
 * @param sourceComponents the client components next.config.js found in the sources, which set
 *   the CSP the server sends
 * @param parser parse5 (loadHtmlParser)
 */
export function leanBuild(nextDir: string, { keepScripts, sourceComponents, parser }: { keepScripts: readonly string[]; sourceComponents: readonly string[]; parser: HtmlParser }): LeanVerdict {
  const built = [...ownClientModules(nextDir).keys()];
  if (built.length > 0 && sourceComponents.length === 0) {
    // The headers were fixed without 'unsafe-inline': keeping the runtime would break the pages,
    // removing it would break the components.
    throw new LeanBuildError(
      `the build holds client components (${built.join(', ')}) that the sources under app/, components/ and lib/ do not mark 'use client', ` +
        'so the security headers were set for pages without a runtime. Mark the component with \'use client\' in those folders, or make it a Server Component.',
    );
  }
  if (sourceComponents.length > 0) return { kind: 'runtime', components: [...sourceComponents] };

  let before = 0;
  let after = 0;
  let removed = 0;
  // server/pages/ holds copies of the 404 and 500 pages, which Vercel serves as its static 404.html and 500.html.
  const files = ['app', 'pages'].flatMap((folder) => htmlFiles(path.join(nextDir, 'server', folder)));
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const lean = leanHtml(html, { keepScripts, page: path.relative(nextDir, file), policyMeta: false, parser });
    writeFileSync(file, lean.html);
    before += Buffer.byteLength(html);
    after += Buffer.byteLength(lean.html);
    removed += lean.removed.length;
  }
  return { kind: 'lean', pages: files.length, before, after, removed };
}

/** The one line the build prints. */
export function leanBuildMessage(verdict: LeanVerdict): string {
  if (verdict.kind === 'runtime') {
    const [first = '', ...others] = verdict.components;
    const one = others.length === 0;
    return (
      `Lean pass skipped: ${one ? `${first} is a client component, which needs` : `${first} and ${others.length} more are client components, which need`} ` +
      "Next's client runtime: the pages keep it, and the CSP allows inline scripts ('unsafe-inline'). " +
      `Make ${one ? 'it a Server Component' : 'them Server Components'} to serve lean pages again.`
    );
  }
  return (
    `Lean pass: ${verdict.pages} prerendered pages without Next's client runtime (${verdict.removed} scripts and preloads removed, ` +
    `${verdict.before} -> ${verdict.after} bytes of HTML).`
  );
}
