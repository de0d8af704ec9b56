// Every problem a load finds, reported together: errors (the site would be wrong, so it does not
// build) and warnings (what Jekyll tolerates, done as Jekyll does it, and said). Each step that
// reads one file runs through `attempt`, so that one file's mistake does not hide the next one's.
import { ContentError } from './error';

/** Something the owner should know about, which does not stop the build. */
export interface Warning {
  /** the file as the owner sees it */
  file: string;
  line?: number | undefined;
  message: string;
}

/** A warning as a line: `file:line: message`. */
export const warningText = (warning: Warning): string => `${warning.file}${warning.line === undefined ? '' : `:${warning.line}`}: ${warning.message}`;

/** Several mistakes at once, thrown where a caller wants to stop at the end of a step. */
export class ContentErrors extends Error {
  override name = 'ContentErrors';
  constructor(readonly errors: readonly ContentError[]) {
    super(errors.map((error) => error.message).join('\n'));
  }
}

/** Files in name order, then lines in order (a problem with no line first in its file). */
function byPlace(a: { file: string; line?: number | undefined }, b: { file: string; line?: number | undefined }): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0);
}

export class Problems {
  readonly errors: ContentError[] = [];
  readonly warnings: Warning[] = [];
  private readonly said = new Set<string>();

  warn(warning: Warning): void {
    const text = warningText(warning);
    if (this.said.has(text)) return;
    this.said.add(text);
    this.warnings.push(warning);
  }

  error(error: ContentError): void {
    if (this.said.has(error.message)) return;
    this.said.add(error.message);
    this.errors.push(error);
  }

  /** Runs a step; a ContentError (or several) it throws is recorded, and `fallback` stands in for its result. */
  attempt<T, F>(step: () => T, fallback: F): T | F {
    try {
      return step();
    } catch (error) {
      if (error instanceof ContentError) this.error(error);
      else if (error instanceof ContentErrors) for (const inner of error.errors) this.error(inner);
      else throw error;
      return fallback;
    }
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }

  /** Stops here when there were errors: all of them, in one throw. */
  throwIfErrors(): void {
    if (this.errors.length > 0) throw new ContentErrors([...this.errors].sort(byPlace));
  }

  /** The warnings sorted by file and line. */
  sortedWarnings(): Warning[] {
    return [...this.warnings].sort(byPlace);
  }

  /** Every problem as a line, sorted by file and line, warnings first and errors last. */
  lines(): string[] {
    return [
      ...this.sortedWarnings().map((warning) => `warning: ${warningText(warning)}`),
      ...[...this.errors].sort(byPlace).map((error) => `error: ${error.message}`),
    ];
  }
}
