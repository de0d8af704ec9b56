// Which client components of ours a Next build holds, from its client reference manifests.
import { readFileSync, readdirSync } from 'node:fs';
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
