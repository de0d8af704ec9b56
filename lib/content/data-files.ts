// content/_data: the site's data files (YAML, JSON, CSV or TSV), as Liquid's `site.data.<name>`.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import { ContentError } from './error';
import { displayName, readText } from './front-matter';
import type { Problems } from './problems';
import { type YamlSource, parseYaml } from './yaml';

/** The data files Jekyll reads (its DataReader). */
export const DATA_EXTENSIONS = ['.yml', '.yaml', '.json', '.csv', '.tsv'];

const tableRecords = z.array(z.array(z.string().nullable()));

/** The line of a JSON parse error, from the offset V8 reports. */
function jsonErrorLine(text: string, message: string): number | undefined {
  const line = /line (\d+)/.exec(message)?.[1];
  if (line !== undefined) return Number(line);
  const position = /position (\d+)/.exec(message)?.[1];
  return position === undefined ? undefined : text.slice(0, Number(position)).split('\n').length;
}

/**
 * A CSV or TSV file as Jekyll reads it (Ruby's CSV with `headers: true`): one mapping per row, keyed
 * by the first row's names, every value a text; an empty field is nil, a quoted empty one "", a
 * missing one nil (a blank line is a row of nils), a field beyond the names left out.
 */
function readTable(source: string, name: string, delimiter: string): Record<string, string | null>[] {
  try {
    const records: unknown = parseCsv(source, { delimiter, bom: true, relax_column_count: true, cast: (value, context) => (value === '' && !context.quoting ? null : value) });
    const [header = [], ...rows] = tableRecords.parse(records);
    const names = header.map((column) => column ?? '');
    return rows.map((row) => Object.fromEntries(names.map((column, index) => [column, row[index] ?? null])));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line: unknown = error instanceof Error ? Reflect.get(error, 'lines') : undefined;
    throw new ContentError({ file: name, line: typeof line === 'number' ? line : undefined, expected: `valid ${delimiter === '\t' ? 'TSV' : 'CSV'}, its first row the column names`, found: 'a mistake in it', detail: message }, { cause: error });
  }
}

/** Reads one data file: YAML (with its plain-words errors, and read as Jekyll reads it), JSON, CSV or TSV. */
export function readDataFile(file: string, problems?: Problems): unknown {
  const name = displayName(file);
  const source = readText(file, name, 'a data file');
  const extension = path.extname(file).toLowerCase();
  if (extension === '.csv' || extension === '.tsv') return readTable(source, name, extension === '.tsv' ? '\t' : ',');
  if (extension !== '.json') return parseYaml(source, name, 1, problems).data;
  try {
    const parsed: unknown = JSON.parse(source);
    return parsed;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ContentError({ file: name, line: jsonErrorLine(source, message), expected: 'valid JSON', found: 'a mistake in the JSON', detail: `JSON: ${message}` }, { cause: error });
  }
}

/**
 * A JSON file read for validation: its value, and the lines of its values (JSON is YAML; when the
 * YAML reader disagrees, lines are unknown but the value stands).
 */
export function readJsonWithLines(file: string): YamlSource {
  const name = displayName(file);
  const data = readDataFile(file);
  try {
    return { data, lineOf: parseYaml(readText(file, name, 'a data file'), name, 1).lineOf };
  } catch {
    return { data, lineOf: () => undefined };
  }
}

/** Every data file of content/_data (subfolders become nested keys), by name without extension. */
export function readDataFiles(contentDir: string, problems: Problems): Record<string, unknown> {
  const dir = path.join(contentDir, '_data');
  const data: Record<string, unknown> = {};
  if (!existsSync(/* turbopackIgnore: true */ dir)) return data;
  const files = readdirSync(/* turbopackIgnore: true */ dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => DATA_EXTENSIONS.includes(path.extname(name).toLowerCase()))
    .sort();
  for (const name of files) {
    const keys = name.replace(/\.[^.]+$/, '').split(path.sep);
    let target = data;
    for (const key of keys.slice(0, -1)) {
      const inner = target[key];
      const next: Record<string, unknown> = typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? { ...inner } : {};
      target[key] = next;
      target = next;
    }
    const last = keys.at(-1);
    if (last !== undefined) target[last] = problems.attempt(() => readDataFile(path.join(dir, name), problems), null);
  }
  return data;
}
