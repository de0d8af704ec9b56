import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFile, readDataFiles, readJsonWithLines } from '../../lib/content/data-files';
import { resumeSchema } from '../../lib/content/json-resume';
import { Problems } from '../../lib/content/problems';
import { folderWith } from '../helpers';

/** A message with the folder of its file as <dir>. */
const short = (message: string) => message.replace(/^\S*?\/(?=(?:_data\/)?[\w-]+\.(?:json|csv|tsv):)/, '<dir>/');

/** The message a data file stops with. */
function failure(name: string, text: string): string {
  const file = path.join(folderWith({ [name]: text }), name);
  try {
    readDataFile(file);
  } catch (error) {
    return error instanceof Error ? short(error.message) : String(error);
  }
  throw new Error('the file was read');
}

describe('a data file (readDataFile)', () => {
  it('reads YAML by default and JSON by its extension, in any case', () => {
    const dir = folderWith({ 'a.yml': 'x: 1\n', 'b.JSON': '{"x": [1, "two"]}', 'c.txt': 'x: 1\n', 'd.json': '[]' });
    expect(readDataFile(path.join(dir, 'a.yml'))).toEqual({ x: 1 });
    expect(readDataFile(path.join(dir, 'b.JSON'))).toEqual({ x: [1, 'two'] });
    expect(readDataFile(path.join(dir, 'c.txt'))).toEqual({ x: 1 });
    expect(readDataFile(path.join(dir, 'd.json'))).toEqual([]);
  });

  it('names the line of a JSON mistake, from where V8 says it is', () => {
    expect(failure('x.json', '{\n  "a": 1,\n  b: 2\n}')).toMatch(/^<dir>\/x\.json:3: expected valid JSON, found a mistake in the JSON/);
    expect(failure('x.json', '{"a": 1,}')).toMatch(/^<dir>\/x\.json:1: expected valid JSON/);
    expect(failure('x.json', '\n\n\n[1, 2')).toMatch(/^<dir>\/x\.json(:4)?: expected valid JSON/);
    expect(failure('x.json', '{\n"a": 1\n}\nextra')).toMatch(/^<dir>\/x\.json:4: expected valid JSON[^]*JSON: /);
  });

  it('keeps the lines of a JSON file, and its value where YAML reads it otherwise', () => {
    const dir = folderWith({ 'cv.json': '{\n  "work": [\n    {"name": "A"}\n  ]\n}', 'tabs.json': '{\n\t"a": "\\u00e9",\n\t"b": @\n}'.replace('@', '"x"') });
    const cv = readJsonWithLines(path.join(dir, 'cv.json'));
    expect(cv.data).toEqual({ work: [{ name: 'A' }] });
    expect(cv.lineOf(['work', 0, 'name'])).toBe(3);
    const tabs = readJsonWithLines(path.join(dir, 'tabs.json'));
    expect(tabs.data).toEqual({ a: 'é', b: 'x' });
  });
});

describe('content/_data (readDataFiles)', () => {
  it('has no data without the folder', () => {
    expect(readDataFiles(folderWith({ 'site.yml': 'x: 1' }), new Problems())).toEqual({});
  });

  it('reads YAML and JSON files by name, subfolders as nested keys, other files not at all', () => {
    const dir = folderWith({
      '_data/socials.yml': 'github: ada\n',
      '_data/cv.json': '{"basics": {"name": "Ada"}}',
      '_data/venues.YAML': 'ICML: {color: red}\n',
      '_data/notes.txt': 'not data',
      '_data/people/alumni.yml': '- Bo\n',
      '_data/people/current.yml': '- Cy\n',
      '_data/people.yml': 'lead: Ada\n',
      '_data/a/b/c.yml': 'deep: true\n',
    });
    const problems = new Problems();
    expect(readDataFiles(dir, problems)).toEqual({
      socials: { github: 'ada' },
      cv: { basics: { name: 'Ada' } },
      venues: { ICML: { color: 'red' } },
      people: { lead: 'Ada', alumni: ['Bo'], current: ['Cy'] },
      a: { b: { c: { deep: true } } },
    });
    // A file and a folder of one name: the folder's files are added to the file's keys.
    expect(readDataFiles(dir, problems).people).toEqual({ lead: 'Ada', alumni: ['Bo'], current: ['Cy'] });
    expect(problems.errors).toEqual([]);
  });

  it('nests a folder within the keys of a file of its name read before it', () => {
    const dir = folderWith({ '_data/lab.json': '{"name": "Lab"}', '_data/lab/members.yml': '- Ada\n', '_data/list.yml': '- x\n', '_data/list/more.yml': 'y: 1\n' });
    expect(readDataFiles(dir, new Problems())).toEqual({ lab: { name: 'Lab', members: ['Ada'] }, list: { more: { y: 1 } } });
  });

  it('records a broken file with its line, keeps it as nothing, and reads the others', () => {
    const dir = folderWith({ '_data/bad.json': '{\n  "a": 1,\n  b: 2\n}', '_data/good.yml': 'x: 1\n', '_data/worse.json': '{\n  "a": ,\n}' });
    const problems = new Problems();
    expect(readDataFiles(dir, problems)).toEqual({ bad: null, good: { x: 1 }, worse: null });
    // V8 says where only for some mistakes: then the line is not known.
    expect(problems.errors.map((error) => short(error.message))).toEqual([expect.stringMatching(/^<dir>\/_data\/bad\.json:3: expected valid JSON/), expect.stringMatching(/^<dir>\/_data\/worse\.json: expected valid JSON/)]);
  });
});

describe('JSON Resume values (resumeSchema)', () => {
  const parse = (value: unknown) => resumeSchema.safeParse(value);

  it('takes dates as years, months or days, blank, or numbers', () => {
    for (const date of ['2024', '2024-03', '2024-03-15', ' 2024-03 ', '', 2024]) expect(parse({ work: [{ startDate: date }] }).success).toBe(true);
    for (const date of ['March 2024', '24', '2024-3', '2024-03-15T10:00', 'x2024', '2024-03-15x', true]) expect(parse({ work: [{ startDate: date }] }).success).toBe(false);
    expect(parse({ work: [{ startDate: 2024 }] }).data?.work?.[0]?.startDate).toBe('2024');
  });

  it('takes https, http, site paths and mailto as URLs, or blank', () => {
    for (const url of ['https://a.org', 'HTTP://a.org', '/files/cv.pdf', 'mailto:a@b.org', '', '  ']) expect(parse({ basics: { url } }).success).toBe(true);
    for (const url of ['javascript:alert(1)', 'a.org', 'ftp://a.org', ' x https://a.org', 5]) expect(parse({ basics: { url } }).success).toBe(false);
  });

  it("takes academicpages' company and website for a name and a URL, and keeps names already given", () => {
    expect(parse({ work: [{ company: 'C', website: 'https://c.org' }] }).data?.work?.[0]).toMatchObject({ name: 'C', url: 'https://c.org' });
    expect(parse({ work: [{ company: 'C', name: 'N', website: 'https://c.org', url: 'https://n.org' }] }).data?.work?.[0]).toMatchObject({ name: 'N', url: 'https://n.org' });
    expect(parse({ basics: { website: 'https://me.org' } }).data?.basics).toMatchObject({ url: 'https://me.org' });
    expect(parse({ work: [{ website: 'javascript:x' }] }).success).toBe(false);
    expect(parse({ work: ['a job'] }).success).toBe(false);
    expect(parse({ work: [['a', 'job']] }).success).toBe(false);
    expect(parse({ work: [null] }).success).toBe(false);
  });

  it('takes texts and numbers as texts, and lists of them', () => {
    expect(parse({ basics: { phone: 5551234 }, skills: [{ keywords: ['a', 2] }] }).data).toMatchObject({ basics: { phone: '5551234' }, skills: [{ keywords: ['a', '2'] }] });
    expect(parse({ skills: [{ keywords: 'a, b' }] }).success).toBe(false);
  });
});

describe('CSV and TSV data files, as Jekyll reads them', () => {
  it('makes each row a mapping by the column names: texts, nil for an empty or missing field, "" for a quoted empty one', () => {
    const dir = folderWith({
      '_data/t.csv': '\uFEFFname,year,note\nAda,1843,"Note, G"\nBo,,""\n\nCy,1900\nDi,1,2,3\n',
      '_data/u.TSV': 'name\tyear\nAda\t1843\n"B\to"\t\n',
      '_data/empty.csv': '',
      '_data/header.csv': 'a,b\n',
    });
    const problems = new Problems();
    expect(readDataFiles(dir, problems)).toEqual({
      t: [
        { name: 'Ada', year: '1843', note: 'Note, G' },
        { name: 'Bo', year: null, note: '' },
        { name: null, year: null, note: null },
        { name: 'Cy', year: '1900', note: null },
        { name: 'Di', year: '1', note: '2' },
      ],
      u: [
        { name: 'Ada', year: '1843' },
        { name: 'B\to', year: null },
      ],
      empty: [],
      header: [],
    });
    expect(problems.errors).toEqual([]);
  });

  it('stops on a quote left open, naming the file and the line', () => {
    expect(failure('x.csv', 'a,b\n1,2\n3,"four\n5,6\n')).toMatch(/^<dir>\/x\.csv:\d+: expected valid CSV, its first row the column names, found a mistake in it \(.*Quote Not Closed/);
    expect(failure('x.tsv', 'a\tb\n1\t"2\n')).toMatch(/^<dir>\/x\.tsv:\d+: expected valid TSV, its first row the column names/);
  });
});

describe('data files at their edges', () => {
  it('keeps the parser\'s error as the cause of a JSON or CSV mistake', () => {
    const dir = folderWith({ 'bad.json': '{"a": }', 'bad.csv': 'a,b\n"x,1\n' });
    for (const name of ['bad.json', 'bad.csv']) {
      let caught: unknown = null;
      try {
        readDataFile(path.join(dir, name));
      } catch (error) {
        caught = error;
      }
      expect(caught instanceof Error && caught.cause instanceof Error, name).toBe(true);
    }
  });

  it('reads JSON that YAML refuses (a key twice) with no lines, and names a file by all but its last extension', () => {
    const dir = folderWith({ 'twice.json': '{"a": 1, "a": 2}', '_data/a.b.yml': 'x: 1\n', '_data/people.yml': 'just text\n', '_data/people/extra.yml': 'y: 2\n' });
    const read = readJsonWithLines(path.join(dir, 'twice.json'));
    expect([read.data, read.lineOf(['a'])]).toEqual([{ a: 2 }, undefined]);
    expect(readDataFiles(dir, new Problems())).toEqual({ 'a.b': { x: 1 }, people: { extra: { y: 2 } } });
  });
});
