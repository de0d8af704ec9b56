// Which client components of ours a Next build holds, from its client reference manifests.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

function manifests(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return manifests(file);
    return entry.name.endsWith('_client-reference-manifest.js') ? [file] : [];
  });
}

const manifestSchema = z.looseObject({
  clientModules: z.record(z.string(), z.looseObject({ chunks: z.array(z.unknown()).optional() })).optional(),
});

/**
 * Client modules that are not in node_modules (Next's and React's own are), with the chunks
 * each one loads.
 * @param nextDir a build's .next folder
 */
export function ownClientModules(nextDir: string): Map<string, string[]> {
  const own = new Map<string, string[]>();
  for (const file of manifests(path.join(nextDir, 'server', 'app'))) {
    const text = readFileSync(file, 'utf8');
    const start = text.indexOf('] = {');
    if (start < 0) throw new Error(`${file}: not a client reference manifest Next writes`);
    const manifest = manifestSchema.parse(JSON.parse(text.slice(start + 4).replace(/;\s*$/, '')));
    for (const [id, entry] of Object.entries(manifest.clientModules ?? {})) {
      if (id.includes('/node_modules/')) continue;
      own.set(id, (entry.chunks ?? []).map(String));
    }
  }
  return own;
}

/** A module that starts with the 'use client' directive (after comments and blank space). */
const USE_CLIENT = /^(?:\s|\/\/[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*(['"])use client\1/;
const SOURCE_EXTENSIONS = new Set(['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts']);

/**
 * The project's own client components, read from the sources before anything compiles (the
 * security headers are fixed then): files under app/, components/ and lib/ that begin with
 * 'use client', as paths relative to the project.
 */
export function clientComponentSources(root: string, folders: readonly string[] = ['app', 'components', 'lib']): string[] {
  const found: string[] = [];
  const visit = (dir: string): void => {
    if (!existsSync(/* turbopackIgnore: true */ dir)) return;
    for (const entry of readdirSync(/* turbopackIgnore: true */ dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (SOURCE_EXTENSIONS.has(path.extname(entry.name)) && USE_CLIENT.test(readFileSync(/* turbopackIgnore: true */ file, 'utf8'))) {
        found.push(path.relative(root, file).split(path.sep).join('/'));
      }
    }
  };
  for (const folder of folders) visit(path.join(root, folder));
  return found.sort();
}
