// npm run test:mutation:score [-- --partial]: the mutation score of lib/ from the shards' reports
// (STRYKER_SHARD=<shard> npm run test:mutation writes reports/mutation/<shard>.json), per file,
// worst first, and in total; fails below 85%, or when a shard's report is missing (unless --partial).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SHARDS } from '../stryker.config.mjs';
import { commandLine } from './args';
import { fileScores, score, total } from './mutation-report';

const BREAK = 85;
const { values } = commandLine('mutation-score', 'usage: npm run test:mutation:score [-- --partial]', { partial: { type: 'boolean', default: false } });
const shards = Object.keys(SHARDS);
const found = shards.filter((shard) => existsSync(path.join('reports', 'mutation', `${shard}.json`)));
const missing = shards.filter((shard) => !found.includes(shard));
const files = fileScores(found.map((shard): unknown => JSON.parse(readFileSync(path.join('reports', 'mutation', `${shard}.json`), 'utf8'))));
const worstFirst = [...files].sort((a, b) => b.survived + b.noCoverage - (a.survived + a.noCoverage) || a.file.localeCompare(b.file));
console.log('score   undetected / mutants  file');
for (const file of worstFirst) console.log(`${score(file.killed, file.valid).toFixed(1).padStart(5)}%  ${String(file.survived + file.noCoverage).padStart(10)} / ${String(file.valid).padEnd(7)}  ${path.relative(process.cwd(), path.resolve(file.file))}`);
const all = total(files);
console.log(`\nlib/: ${all.score.toFixed(2)}% (${all.killed} of ${all.valid} mutants killed) from ${found.length} of ${shards.length} shards${missing.length > 0 ? `; missing: ${missing.join(', ')}` : ''}`);
if (missing.length > 0 && !values.partial) {
  console.error(`mutation-score: no report for ${missing.join(', ')}: run STRYKER_SHARD=<shard> npm run test:mutation for each (or pass --partial)`);
  process.exit(1);
}
if (all.score < BREAK) {
  console.error(`mutation-score: ${all.score.toFixed(2)}% is below ${BREAK}%`);
  process.exit(1);
}
