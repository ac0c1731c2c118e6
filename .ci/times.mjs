#!/usr/bin/env node
// CI time figures. `node .ci/times.mjs files <jest.json>...`: the slowest test files of those jest runs
// (jest --json), with their test counts. `node .ci/times.mjs budget <stages.tsv> <limit s>`: each stage's
// time and the run's total against the limit (exit 1 when over).
import * as fs from 'node:fs';
import * as path from 'node:path';

const [mode, ...args] = process.argv.slice(2);
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;

if (mode === 'files') {
  const top = Number(process.env.CI_TOP ?? 10);
  for (const file of args) {
    if (!fs.existsSync(file)) continue;
    const r = JSON.parse(fs.readFileSync(file, 'utf8'));
    const rows = r.testResults
      .map((t) => ({ ms: t.perfStats?.runtime ?? t.endTime - t.startTime, name: path.relative(process.cwd(), t.name), tests: t.assertionResults.length }))
      .sort((a, b) => b.ms - a.ms);
    const end = Math.max(r.startTime, ...r.testResults.map((t) => t.endTime));
    console.log(`${path.basename(file, '.json')}: ${rows.length} files, ${r.numTotalTests} tests, ${s(end - r.startTime)} wall; ${Math.min(top, rows.length)} slowest files:`);
    for (const row of rows.slice(0, top)) console.log(`  ${s(row.ms).padStart(8)}  ${row.name} (${row.tests} test${row.tests === 1 ? "" : "s"})`);
  }
} else if (mode === 'budget') {
  const [tsv, limit] = args;
  const stages = fs.readFileSync(tsv, 'utf8').trim().split('\n').map((l) => l.split('\t')).map(([sec, name]) => ({ sec: Number(sec), name }));
  const total = stages.reduce((n, st) => n + st.sec, 0);
  console.log('stage times:');
  for (const st of stages) console.log(`  ${String(st.sec).padStart(5)} s  ${st.name}`);
  const left = Number(limit) - total;
  console.log(`CI budget: ${total} s of ${limit} s (${left >= 0 ? `${left} s left` : `${-left} s OVER`})`);
  if (left < 0) process.exit(1);
} else {
  console.error('usage: times.mjs files <jest.json>... | budget <stages.tsv> <limit s>');
  process.exit(2);
}
