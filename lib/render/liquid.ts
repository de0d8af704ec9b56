// The Liquid that academicpages content carries, resolved as Jekyll would: the base path and the
// site URL. Anything else stays as visible text, with a warning naming the file and line.

export interface LiquidContext {
  /** scheme and host of the site, e.g. https://user.github.io */
  origin: string;
  /** the site's base path, "" or e.g. "/repo" */
  basePath: string;
  file: string;
  /** the file line on which `text` starts */
  firstLine: number;
}

export interface LiquidResult {
  text: string;
  warnings: string[];
}

const TAG = /\{%-?\s*([\s\S]*?)\s*-?%\}|\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;
const QUOTED = /^(['"])(.*)\1\s*\|\s*(relative_url|absolute_url)$/;

function joinPath(basePath: string, sitePath: string): string {
  const rest = sitePath === '' ? '/' : sitePath.startsWith('/') ? sitePath : `/${sitePath}`;
  return `${basePath}${rest}`;
}

/** What one tag stands for, or null when it is not one this site knows. */
function valueOf(tag: string | undefined, output: string | undefined, context: LiquidContext): string | null {
  if (tag !== undefined) return /^include\s+base_path$/.test(tag) ? context.basePath : null;
  const expression = (output ?? '').trim();
  if (expression === 'base_path' || expression === 'site.baseurl') return context.basePath;
  if (expression === 'site.url') return context.origin;
  const filtered = QUOTED.exec(expression);
  if (filtered) {
    const relative = joinPath(context.basePath, filtered[2] ?? '');
    return filtered[3] === 'absolute_url' ? `${context.origin}${relative}` : relative;
  }
  return null;
}

export function resolveLiquid(text: string, context: LiquidContext): LiquidResult {
  const warnings: string[] = [];
  const resolved = text.replace(TAG, (match: string, tag: string | undefined, output: string | undefined, offset: number) => {
    const value = valueOf(tag, output, context);
    if (value !== null) return value;
    const line = context.firstLine + (text.slice(0, offset).match(/\n/g)?.length ?? 0);
    warnings.push(`${context.file}:${line}: Liquid this site does not run, shown as written: ${match.length > 60 ? `${match.slice(0, 57)}...` : match}`);
    return match;
  });
  return { text: resolved, warnings };
}
