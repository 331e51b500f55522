// Runs every bench/*.bench.ts in its own process, one after the other, so they never compete for the CPU; then
// lists every aim the benchmarks judged (bench/fixtures/aims.ts): its figure, spread, aim and verdict, as measured
// in this run, with the commit, Node version, load average and how long each benchmark took.
//
//   npm run bench                  # all of them
//   npm run bench -- build send    # those whose file name contains `build` or `send`
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AimRecord } from './fixtures/aims.js';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((filter) => name.includes(filter)))
  .sort();

/**
 * Issue 10's table, row by row: the aims each benchmark judges. An aim whose benchmark ran but recorded no figure
 * (it failed, or skipped the measure) is listed as such rather than left out.
 */
const ISSUE_10_AIMS: readonly { readonly id: string; readonly bench: string; readonly measure: string }[] = [
  { id: 'typecheck-ratio-tsc', bench: 'typecheck.bench.ts', measure: 'type-check chains ÷ literals (TS 7)' },
  { id: 'typecheck-ratio-tsc6', bench: 'typecheck.bench.ts', measure: 'type-check chains ÷ literals (TS 6)' },
  { id: 'typecheck-per-kind', bench: 'typecheck.bench.ts', measure: 'each more chain beyond its literal' },
  { id: 'build-ratio', bench: 'build.bench.ts', measure: 'chain + build() + stringify ÷ literal + parse' },
  { id: 'build-carousel', bench: 'build.bench.ts', measure: '10-card carousel, chain + build()' },
  {
    id: 'send-many-throughput',
    bench: 'send-many.bench.ts',
    measure: 'sendMany (ky) throughput ÷ bare fetch',
  },
  { id: 'send-many-cpu', bench: 'send-many.bench.ts', measure: 'sendMany (ky) client CPU ÷ bare fetch' },
  { id: 'memory-send-many', bench: 'send-memory.bench.ts', measure: 'sendMany memory per outcome' },
  { id: 'memory-send-each', bench: 'send-memory.bench.ts', measure: 'sendEach heap over 1,000,000 messages' },
  { id: 'bundle-client', bench: 'bundle.bench.ts', measure: 'bundle: client + one text' },
  { id: 'bundle-builder', bench: 'bundle.bench.ts', measure: 'bundle: builder only' },
];

const root = join(here, '..');
const tmp = join(root, '.bench-tmp');
mkdirSync(tmp, { recursive: true });
const aimsFile = join(tmp, `aims-${process.pid}.jsonl`);
rmSync(aimsFile, { force: true });

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const loadAtStart = load();
const startedAt = new Date();

const minutes = (seconds: number) =>
  `${Math.floor(seconds / 60)} min ${String(Math.round(seconds % 60)).padStart(2, '0')} s`;
const runStart = performance.now();
let failed = 0;
const durations: string[][] = [['benchmark', 'wall time', 'exit']];
for (const file of files) {
  console.log(`\n=== ${file}   (load average ${load()})`);
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(here, file)], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_AIMS_FILE: aimsFile },
  });
  const seconds = (performance.now() - start) / 1000;
  durations.push([file, minutes(seconds), String(result.status ?? result.signal)]);
  if (result.status !== 0) failed++;
}

const records: AimRecord[] = existsSync(aimsFile)
  ? readFileSync(aimsFile, 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as AimRecord)
  : [];
rmSync(aimsFile, { force: true });

/** Columns padded to their widest cell, every one left-aligned. */
function formatTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function commit(): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'bench'], {
      cwd: root,
      encoding: 'utf8',
    });
    return dirty.trim() === '' ? sha : `${sha} with uncommitted changes in src/ or bench/`;
  } catch {
    return 'unknown';
  }
}

console.log(
  `\n=== Summary: ${files.length} benchmarks, ${startedAt.toISOString()} → ${new Date().toISOString()}, ` +
    `commit ${commit()}, Node ${process.version}, load average (1, 5, 15 min) ${loadAtStart} at the start, ` +
    `${load()} at the end (cores: ${availableParallelism()})\n`,
);
durations.push(['all', minutes((performance.now() - runStart) / 1000), String(failed === 0 ? 0 : 1)]);
console.log(formatTable(durations));

const ran = new Set(files);
const rows = [['issue', 'measure', 'figure', 'spread', 'aim', 'verdict', 'against']];
const listed = new Set<AimRecord>();
for (const expected of ISSUE_10_AIMS) {
  if (!ran.has(expected.bench)) continue;
  const found = records.filter((record) => record.issue === 10 && record.id === expected.id);
  if (found.length === 0) {
    rows.push(['10', expected.measure, '—', '—', '—', `NO FIGURE (${expected.bench})`, '']);
  }
  for (const record of found) {
    listed.add(record);
    rows.push(row(record));
  }
}
// Aims of other issues, or extra rows, in the order they were measured.
for (const record of records) if (!listed.has(record)) rows.push(row(record));

function row(record: AimRecord): string[] {
  return [
    String(record.issue),
    record.measure,
    record.figure,
    record.spread,
    record.aim,
    record.met ? 'MET' : 'NOT MET',
    record.floor,
  ];
}

if (rows.length > 1) {
  console.log(
    '\nAims judged in this run (figure: median of interleaved rounds, or an exact count or size; spread: min–max ' +
      'of the rounds):\n',
  );
  console.log(formatTable(rows));
}
process.exit(failed === 0 ? 0 : 1);
