// Does the unit suite hold on a busy machine? Runs it several times in a row in each of several copies that
// run at the same time (default: twice in a row, two copies), as two people's `npm test` on one small machine
// would, then prints how long each run took and whether it passed.
//
//   node scripts/load-test.mjs [--runs 2] [--copies 2] [-- extra vitest arguments]
//
// Heavy: each run is a whole unit suite. Check `uptime` first on a shared machine. Exits 1 if any run failed.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const separator = args.indexOf('--');
const own = separator === -1 ? args : args.slice(0, separator);
const vitestArgs = separator === -1 ? [] : args.slice(separator + 1);

function option(name, fallback) {
  const index = own.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = Number(own[index + 1]);
  if (!Number.isInteger(value) || value < 1 || value > 10) {
    console.error(`--${name} takes a whole number from 1 to 10, got "${own[index + 1] ?? ''}"`);
    process.exit(2);
  }
  return value;
}

const runs = option('runs', 2);
const copies = option('copies', 2);
const logs = mkdtempSync(join(tmpdir(), 'touchpoint-load-test-'));

/** One whole unit suite; resolves with its duration, exit code and the summary lines vitest printed. */
function runSuite(copy, run) {
  const log = join(logs, `copy-${copy}-run-${run}.log`);
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npx', ['vitest', 'run', ...vitestArgs], { env: { ...process.env, CI: '1', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      // Colour codes stripped, in case the terminal settings asked for them anyway.
      const text = Buffer.concat(output).toString('utf8').replace(/\u001b\[[0-9;]*m/g, '');
      writeFileSync(log, text);
      const summary = text.split('\n').filter((line) => /^\s*(Test Files|Tests|Duration)\s/.test(line)).map((line) => line.trim());
      resolve({ copy, run, seconds: (performance.now() - started) / 1000, code: code ?? 1, summary, log });
    });
  });
}

async function runCopy(copy) {
  const results = [];
  for (let run = 1; run <= runs; run++) {
    const result = await runSuite(copy, run);
    console.log(`copy ${copy}, run ${run}: ${result.code === 0 ? 'passed' : `FAILED (exit ${result.code})`} in ${result.seconds.toFixed(1)} s`);
    results.push(result);
  }
  return results;
}

console.log(`${copies} copies of the unit suite at once, ${runs} runs in a row each, on ${cpus().length} cores (load ${loadavg().map((load) => load.toFixed(2)).join(' ')})`);
console.log(`logs in ${logs}`);
const started = performance.now();
const results = (await Promise.all(Array.from({ length: copies }, (_, index) => runCopy(index + 1)))).flat();
const total = (performance.now() - started) / 1000;

console.log('\ncopy  run  result  seconds  vitest summary');
for (const result of results) {
  console.log(`${String(result.copy).padEnd(6)}${String(result.run).padEnd(5)}${(result.code === 0 ? 'pass' : 'FAIL').padEnd(8)}${result.seconds.toFixed(1).padStart(7)}  ${result.summary.join(' | ')}`);
}
console.log(`\nall runs done in ${total.toFixed(1)} s; load now ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
const failed = results.filter((result) => result.code !== 0);
for (const result of failed) {
  const failures = readFileSync(result.log, 'utf8').split('\n').filter((line) => /FAIL|×/.test(line)).slice(0, 20);
  console.log(`\ncopy ${result.copy}, run ${result.run} failed (${result.log}):\n${failures.join('\n')}`);
}
process.exit(failed.length === 0 ? 0 : 1);
