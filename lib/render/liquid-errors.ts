// What can go wrong in a page's Liquid, as a catalogue: each kind of mistake has a code, what was
// expected and, when it can be said, what to change. The advice is looked up by the code, never by
// the words of a message, so that rewording a message cannot change it.
import { LiquidError } from 'liquidjs';

export const LIQUID_ERRORS = {
  'include-missing': { expected: 'an include that exists', advice: 'Put the file in content/_includes/ or remove the `{% include %}`' },
  'document-missing': { expected: 'a document of the site', advice: 'Check the path (as in Jekyll: _posts/2024-01-01-title.md, _pages/cv.md) or the post name' },
  'bibtex-missing': { expected: 'a BibTeX file that exists', advice: 'Check the file name against content/bibliography/' },
  'bibliography-query': { expected: 'a bibliography query such as --query @*[selected=true]*' },
  limit: { expected: 'a template that finishes within the limits (5 s, 50 MB)', advice: 'Look for a loop that never ends or output that doubles itself' },
  syntax: { expected: 'valid Liquid', advice: 'Check the tag on that line: every {% if %}, {% for %}, {% capture %} needs its {% end... %}' },
  runtime: { expected: 'Liquid that runs' },
} as const satisfies Record<string, { expected: string; advice?: string }>;

export type LiquidErrorCode = keyof typeof LIQUID_ERRORS;

/** A mistake found by one of the site's own tags or filters, with its code. */
export class LiquidTagError extends Error {
  override name = 'LiquidTagError';
  constructor(
    readonly code: LiquidErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** What LiquidJS says when a template hits one of its limits (its Limiter's words). */
const isLimit = (error: Error) => error.name === 'AssertionError' && error.message.endsWith('limit exceeded');

/** The code of a mistake LiquidJS reports: the site's own error inside it, else the kind of error it is. */
export function liquidErrorCode(error: LiquidError): LiquidErrorCode {
  const cause: unknown = Reflect.get(error, 'originalError');
  if (cause instanceof LiquidTagError) return cause.code;
  if (cause instanceof Error && Reflect.get(cause, 'code') === 'ENOENT') return 'include-missing';
  if (cause instanceof Error && isLimit(cause)) return 'limit';
  if (error.name === 'TokenizationError' || error.name === 'ParseError') return 'syntax';
  return 'runtime';
}

/** What the owner reads about one code. */
export function adviceFor(code: LiquidErrorCode): { expected: string; advice?: string } {
  return LIQUID_ERRORS[code];
}
