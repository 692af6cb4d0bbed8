// Reads vitest's JSON report and prints the one line CI looks for; exits non-zero on any failure.
import { existsSync, readFileSync } from 'node:fs';

const [file, statusArg] = process.argv.slice(2);
const runnerStatus = Number(statusArg ?? 0);
if (!existsSync(file)) {
  console.log(`no test report at ${file}: the test run did not finish`);
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const passed = report.numPassedTests ?? 0;
// Suites that crash before their tests run count as failures too.
const failed = (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
const ranNothing = passed + failed === 0;
// A non-zero runner exit with no failed test (an unhandled error, a crashed setup) still counts as one failure.
const shown = failed > 0 ? failed : ranNothing || runnerStatus !== 0 ? 1 : 0;
console.log(`tests: ${passed} passed, ${shown} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(shown > 0 ? 1 : 0);
