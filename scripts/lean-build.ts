// The last step of `npm run build` (after `next build`): makes the prerendered pages lean, or says
// in one line why it keeps Next's runtime (see lib/export/lean-build.ts). Reads the same folders
// and environment as next.config.js: CONTENT_DIR, NEXT_DIST_DIR, the project in the current folder.
import path from 'node:path';
import { Problems } from '../lib/content/problems';
import { loadSite } from '../lib/content/site';
import { clientComponentSources } from '../lib/export/client-modules';
import { LeanBuildError, leanBuild, leanBuildMessage } from '../lib/export/lean-build';
import { loadHtmlParser } from '../lib/export/lean-html';
import { siteThemeScript } from '../lib/publish/theme-script';
import { siteFolders } from '../lib/site-model';

const root = process.cwd();
const { contentDir, publicDir } = siteFolders(root);

async function main(): Promise<void> {
  try {
    // The build's content check has spoken: only the interface words are needed, for the theme script.
    const site = loadSite(contentDir, publicDir, process.env, new Problems());
    const verdict = leanBuild(path.resolve(root, process.env.NEXT_DIST_DIR ?? '.next'), {
      keepScripts: [siteThemeScript(site.ui)],
      sourceComponents: clientComponentSources(root),
      parser: await loadHtmlParser(),
    });
    console.log(leanBuildMessage(verdict));
  } catch (error) {
    if (error instanceof LeanBuildError) {
      console.error(`build: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
void main();
