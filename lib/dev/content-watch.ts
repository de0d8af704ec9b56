// The preview refreshes itself: `next dev` re-renders the open page (Next's own hot reload,
// already on every dev page) when a module the page imports changes, but the content is read from
// files, not imported. So next.config starts this watcher under `next dev`: on every save under
// content/ or public/ it rewrites lib/dev/content-stamp.js, which lib/data.ts imports. The page
// then shows the edit, or the content error and, once fixed, the page again, with no reload.
// Outside `next dev` the stamp is only written when missing, so that the build finds the module;
// production pages gain nothing from it (a server module, with no script for the browser).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { watch } from 'chokidar';

/** Where the stamp lives in a project (an app folder with lib/). */
export const stampFile = (root: string) => path.join(root, 'lib', 'dev', 'content-stamp.js');

/** The stamp module's text. */
export const stampSource = (stamp: number) => `// Written by lib/dev/content-watch.ts under \`next dev\`; not in git.\nexport const contentStamp = ${stamp};\n`;

/** Writes the stamp module unless it is there (a fresh clone has none). */
export function ensureStamp(root: string): void {
  const file = stampFile(root);
  if (existsSync(file)) return;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, stampSource(0));
}

/** Saves arrive as bursts of events (an editor writes, renames, sets times): one stamp per burst. */
const SETTLE_MS = 40;

/**
 * Watches the folders (recursively; one may be missing, or come later) and rewrites the stamp
 * after each burst of changes. Chokidar, not Node's own recursive watch: on Linux, Node 20's loses
 * a file that an editor saves by renaming a new one over it. Returns a function that stops watching
 * (a save not yet stamped is dropped). `now` and `settleMs` are for tests.
 */
export function watchContent(
  root: string,
  folders: readonly string[],
  { now = Date.now, settleMs = SETTLE_MS }: { now?: () => number; settleMs?: number } = {},
): () => Promise<void> {
  ensureStamp(root);
  let timer: NodeJS.Timeout | null = null;
  const stamp = () => {
    timer = null;
    writeFileSync(stampFile(root), stampSource(now()));
  };
  const watcher = watch([...folders], { ignoreInitial: true, persistent: false }).on('all', () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(stamp, settleMs);
  });
  return async () => {
    if (timer !== null) clearTimeout(timer);
    await watcher.close();
  };
}
