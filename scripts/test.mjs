// `npm test`: every test. Type checks (pure code without DOM types), then vitest runs the unit project
// (Node) and the browser project (the built kiosk in Debian Chromium via playwright-core).
// Ends with one plain summary line, "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './ensure-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', cwd: root }).status ?? 1;

const steps = [
  ['tsc', ['-p', 'tsconfig.pure.json']],
  ['tsc', ['-p', 'tsconfig.json']],
  ['tsc', ['-p', 'tsconfig.node.json']],
];
for (const [tool, args] of steps) {
  console.log(`\n> ${tool} ${args.join(' ')}`);
  if (run(bin(tool), args) !== 0) {
    console.error(`Type check failed: ${tool} ${args.join(' ')}`);
    process.exit(1);
  }
}

try {
  ensureChromium();
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
  process.exit(1);
}

mkdirSync(`${root}.tmp`, { recursive: true });
const report = `${root}.tmp/vitest-report.json`;
const extra = process.argv.includes('--browser-only') ? ['--project', 'browser'] : [];
const status = run(bin('vitest'), ['run', ...extra, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);

try {
  const result = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = result.numPendingTests + result.numTodoTests;
  console.log(`\ntests: ${result.numPassedTests} passed, ${result.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
  if (result.numTotalTests === 0) {
    console.error('No test ran: that is a failure.');
    process.exit(1);
  }
} catch {
  console.error('No test report was written: vitest did not finish.');
  process.exit(status || 1);
}
process.exit(status);
