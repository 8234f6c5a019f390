// Entry of the `teamscan` command (bundled to dist/cli/teamscan.cjs, started by bin/teamscan.js).

import { endQuietlyOnBrokenPipe } from './output/broken-pipe';
import { runProgram } from './program';

endQuietlyOnBrokenPipe();

runProgram({ args: process.argv.slice(2) }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
