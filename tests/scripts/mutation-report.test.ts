import { describe, expect, it } from 'vitest';
import { fileScores, score, total } from '../../scripts/mutation-report';

const mutants = (...statuses: string[]) => ({ mutants: statuses.map((status, id) => ({ id: String(id), status })) });

describe("the shards' mutation reports added up", () => {
  it("counts each file as Stryker does: killed and timed out over all but errors and ignored ones", () => {
    const files = fileScores([
      { files: { '/p/lib/b.ts': mutants('Killed', 'Timeout', 'Survived', 'NoCoverage', 'CompileError', 'RuntimeError', 'Ignored') } },
      { files: { '/p/lib/a.ts': mutants('Killed', 'Killed') } },
    ]);
    expect(files).toEqual([
      { file: '/p/lib/a.ts', killed: 2, survived: 0, noCoverage: 0, valid: 2 },
      { file: '/p/lib/b.ts', killed: 2, survived: 1, noCoverage: 1, valid: 4 },
    ]);
    expect(total(files)).toEqual({ killed: 4, valid: 6, score: (100 * 4) / 6 });
  });

  it('counts a file in two reports once, from the later one', () => {
    expect(fileScores([{ files: { 'a.ts': mutants('Survived') } }, { files: { 'a.ts': mutants('Killed') } }])).toEqual([{ file: 'a.ts', killed: 1, survived: 0, noCoverage: 0, valid: 1 }]);
  });

  it('scores nothing to kill as 100%, and refuses a report of another shape', () => {
    expect(score(0, 0)).toBe(100);
    expect(total([])).toEqual({ killed: 0, valid: 0, score: 100 });
    expect(() => fileScores([{ files: { 'a.ts': { mutants: [{ id: '1' }] } } }])).toThrow();
    expect(() => fileScores([{}])).toThrow();
  });
});
