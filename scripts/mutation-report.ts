// StrykerJS's JSON reports (mutation-testing-report-schema), added up: the score of lib/ from the
// shards' reports as one whole run would give it, per file and in total.
import { z } from 'zod';

const reportSchema = z.looseObject({
  files: z.record(z.string(), z.looseObject({ mutants: z.array(z.looseObject({ status: z.string() })) })),
});

/** What a file's mutants came to. Stryker's score: detected (killed or timed out) over all that are valid. */
export interface FileScore {
  file: string;
  killed: number;
  survived: number;
  noCoverage: number;
  /** valid mutants: killed, timed out, survived or not covered (errors and ignored ones do not count) */
  valid: number;
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** Each file's counts, from the reports (a file in two reports counts once, from the later one). */
export function fileScores(reports: readonly unknown[]): FileScore[] {
  const files = new Map<string, FileScore>();
  for (const report of reports) {
    for (const [file, { mutants }] of Object.entries(reportSchema.parse(report).files)) {
      const count = (statuses: Set<string>) => mutants.filter((mutant) => statuses.has(mutant.status)).length;
      const killed = count(DETECTED);
      const survived = mutants.filter((mutant) => mutant.status === 'Survived').length;
      const noCoverage = mutants.filter((mutant) => mutant.status === 'NoCoverage').length;
      files.set(file, { file, killed, survived, noCoverage, valid: killed + count(UNDETECTED) });
    }
  }
  return [...files.values()].sort((a, b) => a.file.localeCompare(b.file));
}

/** The score in percent (100 when there is nothing to kill, as Stryker says n/a). */
export const score = (killed: number, valid: number): number => (valid === 0 ? 100 : (100 * killed) / valid);

/** The total over files. */
export function total(files: readonly FileScore[]): { killed: number; valid: number; score: number } {
  const killed = files.reduce((sum, file) => sum + file.killed, 0);
  const valid = files.reduce((sum, file) => sum + file.valid, 0);
  return { killed, valid, score: score(killed, valid) };
}
