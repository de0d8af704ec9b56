// @retorquere/bibtex-parser, loaded where every runtime of this project can load it.
// Its 9.0.29 CommonJS build cannot be loaded by Node (its .js files sit under "type": "module"
// with no dist/cjs/package.json), and its ES module build is reachable only through the "import"
// condition, which tsx (next.config.js, the scripts) does not use. So the ES module build is
// required by its path: Node 20.19+ loads an ES module with require(), and tsx transforms it.
// What it returns is checked with zod, like any other input.
import { createRequire } from 'node:module';
import path from 'node:path';
import { z } from 'zod';
import { installedFile } from './node-modules';

const creatorSchema = z.looseObject({
  name: z.string().optional(),
  lastName: z.string().optional(),
  firstName: z.string().optional(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

export type Creator = z.output<typeof creatorSchema>;

const fieldValue = z.union([z.string(), z.array(z.string()), z.array(creatorSchema)]);

const librarySchema = z.looseObject({
  errors: z.array(z.looseObject({ error: z.string(), input: z.string().optional() })),
  entries: z.array(z.looseObject({ type: z.string(), key: z.string(), input: z.string(), fields: z.record(z.string(), fieldValue) })),
});

export type BibLibrary = z.output<typeof librarySchema>;

const moduleSchema = z.looseObject({ parse: z.function() });

let loaded: ((input: string, options: object) => unknown) | null = null;

function parser(): (input: string, options: object) => unknown {
  if (loaded !== null) return loaded;
  const load = createRequire(path.join(process.cwd(), 'package.json'));
  const parse: unknown = moduleSchema.parse(load(/* turbopackIgnore: true */ installedFile('@retorquere', 'bibtex-parser', 'dist', 'esm', 'index.js'))).parse;
  if (typeof parse !== 'function') throw new Error('@retorquere/bibtex-parser: no parse function');
  loaded = (input, options) => Reflect.apply(parse, undefined, [input, options]);
  return loaded;
}

/**
 * Parses BibTeX: @strings and months resolved, every field kept; LaTeX decoded to Unicode (markup
 * for \emph and the like), or, with `raw`, kept as written (for the BibTeX a page shows).
 */
export function parseBibtex(input: string, { raw = false }: { raw?: boolean } = {}): BibLibrary {
  const options = { sentenceCase: false, english: false, caseProtection: false, unsupported: 'ignore', raw };
  return librarySchema.parse(parser()(input, options));
}
