// Ends the run with one plain line, "Tests: N passed, N failed, N skipped",
// counted over every browser session, so CI logs and people read the same
// figure. A test file that failed to load counts as a failure.
function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites) count(child, totals);
}

export function closingLineReporter() {
  return {
    stop({sessions}) {
      const totals = {passed: 0, failed: 0, skipped: 0};
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        if (!session.passed && session.errors.length > 0) totals.failed += session.errors.length;
      }
      // Printed as the process exits, after the runner's own closing words.
      process.once('exit', () => {
        console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
      });
    },
  };
}
