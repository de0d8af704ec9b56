// A file of an installed package, found from the folder the command runs in or the nearest folder
// above it that has it (the browser tests build sites in subfolders of the project).
import { existsSync } from 'node:fs';
import path from 'node:path';

export function installedFile(...parts: string[]): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const file = path.join(/* turbopackIgnore: true */ dir, 'node_modules', ...parts);
    if (existsSync(/* turbopackIgnore: true */ file)) return file;
    if (path.dirname(dir) === dir) throw new Error(`node_modules/${parts.join('/')} not found from ${process.cwd()}: run npm install`);
  }
}
