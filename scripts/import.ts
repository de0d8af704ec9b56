// `npm run import -- <academicpages checkout> [--force] [--into <folder>]`: moves an academicpages
// site's content here (lib/import/academicpages.ts), says what it did and what it skipped, then
// runs the content check on what it wrote. Writes nothing when a file it would write exists,
// unless --force.
import path from 'node:path';
import { checkContent, warningLines } from '../lib/check';
import { ImportError, existingFiles, importReport, planImport, writeImport } from '../lib/import/academicpages';
import { siteFolders } from '../lib/site-model';
import { commandLine } from './args';

const USAGE = 'usage: npm run import -- <path to an academicpages checkout> [--force] [--into <folder>]';
const { values, positionals } = commandLine('import', USAGE, { force: { type: 'boolean' }, into: { type: 'string' } }, { positionals: [1, 1] });
const source = path.resolve(positionals[0] ?? '');
const into = path.resolve(values.into ?? process.cwd());

let plan;
try {
  plan = planImport(source);
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  console.error(`import: ${error.message}`);
  process.exit(1);
}

// Refuse before writing anything.
const existing = existingFiles(plan, into);
if (existing.length > 0 && values.force !== true) {
  console.error(`import: ${existing.length} file${existing.length === 1 ? '' : 's'} already exist${existing.length === 1 ? 's' : ''}; nothing was written:`);
  for (const file of existing.slice(0, 20)) console.error(`  ${file}`);
  if (existing.length > 20) console.error(`  ... and ${existing.length - 20} more`);
  console.error('Run again with --force to replace them.');
  process.exit(1);
}
writeImport(plan, into);
const replaced = existing.length > 0 ? ` (replaced ${existing.length} existing file${existing.length === 1 ? '' : 's'})` : '';
console.log(`Imported ${source} into ${into}${replaced}:`);
for (const line of importReport(plan)) console.log(line);

// The same check as the build, on what was just written.
const verdict = checkContent(siteFolders(into));
if (!verdict.ok) {
  console.log('Content check: the imported content does not build yet; fix these and run npm run dev:');
  for (const line of verdict.lines) console.error(`  ${line}`);
  console.error(verdict.message);
  process.exit(1);
}
const warnings = warningLines(verdict.model);
const pageCount = verdict.model.pages.length;
console.log(`Content check: ${pageCount} page${pageCount === 1 ? '' : 's'} rendered, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}${warnings.length > 0 ? ':' : '.'}`);
for (const line of warnings) console.log(`  ${line}`);
console.log('Next: npm run dev.');
