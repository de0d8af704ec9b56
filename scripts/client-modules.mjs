// Which client components of ours a Next build holds, from its client reference manifests.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * @param {string} dir
 * @returns {string[]}
 */
function manifests(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return manifests(file);
    return entry.name.endsWith('_client-reference-manifest.js') ? [file] : [];
  });
}

/**
 * Client modules that are not in node_modules (Next's and React's own are), with the chunks
 * each one loads.
 * @param {string} nextDir a build's .next folder
 * @returns {Map<string, string[]>}
 */
export function ownClientModules(nextDir) {
  /** @type {Map<string, string[]>} */
  const own = new Map();
  for (const file of manifests(path.join(nextDir, 'server', 'app'))) {
    const text = readFileSync(file, 'utf8');
    const start = text.indexOf('] = {');
    if (start < 0) throw new Error(`${file}: not a client reference manifest Next writes`);
    const manifest = JSON.parse(text.slice(start + 4).replace(/;\s*$/, ''));
    const modules = manifest && typeof manifest === 'object' && 'clientModules' in manifest ? manifest.clientModules : {};
    for (const [id, entry] of Object.entries(modules ?? {})) {
      if (id.includes('/node_modules/')) continue;
      const chunks = entry && typeof entry === 'object' && 'chunks' in entry && Array.isArray(entry.chunks) ? entry.chunks.map(String) : [];
      own.set(id, chunks);
    }
  }
  return own;
}
