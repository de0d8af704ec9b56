import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureStamp, stampFile, stampSource, watchContent } from '../../lib/dev/content-watch';
import { folderWith } from '../helpers';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the stamp reads `text`, or fails after five seconds (a busy machine delays file events). */
async function stampBecomes(root: string, text: string): Promise<void> {
  for (let waited = 0; waited < 5000; waited += 20) {
    if (existsSync(stampFile(root)) && readFileSync(stampFile(root), 'utf8') === text) return;
    await sleep(20);
  }
  expect(readFileSync(stampFile(root), 'utf8')).toBe(text);
}

describe('the content stamp', () => {
  it('is a module that exports the stamp, written under lib/dev/', () => {
    const root = folderWith({});
    expect(stampFile(root)).toBe(path.join(root, 'lib', 'dev', 'content-stamp.js'));
    expect(stampSource(42)).toMatch(/\nexport const contentStamp = 42;\n$/);
  });

  it('is written when missing (0), and left as it is when there', () => {
    const root = folderWith({});
    ensureStamp(root);
    expect(readFileSync(stampFile(root), 'utf8')).toBe(stampSource(0));
    writeFileSync(stampFile(root), stampSource(7));
    ensureStamp(root);
    expect(readFileSync(stampFile(root), 'utf8')).toBe(stampSource(7));
  });
});

describe('watchContent', () => {
  it('drops a save whose stamp is still pending when it stops', async () => {
    const root = folderWith({ 'content/profile.md': 'a' });
    let clock = 0;
    const stop = watchContent(root, [path.join(root, 'content')], { now: () => (clock += 1), settleMs: 600 });
    await sleep(300); // chokidar's first scan
    writeFileSync(path.join(root, 'content', 'profile.md'), 'b');
    await sleep(250); // the event has come; its stamp waits for the burst to settle
    await stop();
    await sleep(700);
    expect(clock).toBe(0);
    expect(readFileSync(stampFile(root), 'utf8')).toBe(stampSource(0));
  });

  it('rewrites the stamp once after a burst of saves, in nested folders too, and stops when told', async () => {
    const root = folderWith({ 'content/profile.md': 'a', 'content/_data/cv.yml': 'a: 1' });
    let clock = 100;
    const stop = watchContent(root, [path.join(root, 'content'), path.join(root, 'public')], { now: () => (clock += 1) });
    expect(readFileSync(stampFile(root), 'utf8')).toBe(stampSource(0));
    await sleep(300); // chokidar's first scan
    writeFileSync(path.join(root, 'content', 'profile.md'), 'b');
    writeFileSync(path.join(root, 'content', '_data', 'cv.yml'), 'a: 2');
    await stampBecomes(root, stampSource(101));
    await sleep(150);
    // One burst, one stamp.
    expect(clock).toBe(101);
    mkdirSync(path.join(root, 'content', 'talks'));
    writeFileSync(path.join(root, 'content', 'talks', 'new.md'), 'c');
    await stampBecomes(root, stampSource(102));
    // An editor's atomic save: a new file renamed over the old one, twice (Node's own watch loses it).
    for (const [text, expected] of [['e', 103], ['f', 104]] as const) {
      // Chokidar reports one change of a file per 50 ms; a person's next save comes later than that.
      await sleep(100);
      writeFileSync(path.join(root, 'content', 'profile.md.tmp'), text);
      renameSync(path.join(root, 'content', 'profile.md.tmp'), path.join(root, 'content', 'profile.md'));
      await stampBecomes(root, stampSource(expected));
    }
    await stop();
    writeFileSync(path.join(root, 'content', 'profile.md'), 'd');
    await sleep(200);
    expect(readFileSync(stampFile(root), 'utf8')).toBe(stampSource(104));
  });
});
