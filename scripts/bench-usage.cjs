/**
 * Preloaded into a child the bench runs (`node --require scripts/bench-usage.cjs …`): on exit it
 * writes the child's own `process.resourceUsage()` (max RSS, CPU time) as JSON to fd 3, which the
 * bench opened as a pipe. Portable where /usr/bin/time -v is not, and exact where polling
 * /proc/<pid>/status misses a short peak.
 */
'use strict';
const { writeSync } = require('node:fs');

process.on('exit', () => {
  try {
    writeSync(3, JSON.stringify(process.resourceUsage()));
  } catch {
    // fd 3 not open (run by hand): nothing to report to.
  }
});
