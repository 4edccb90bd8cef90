#!/usr/bin/env node
import { main } from './index';

// A reader that stops early (`ledgerlint check big.xlsx | head -1`) closes the pipe: what is left
// to print has nowhere to go, and that is no error. Output to it stops quietly, the command runs to
// its end (an annotate still finishes its write) and exits with its own code. Another failure to
// print (a full disk) is said in one line, without a stack trace, and ends in exit 2.
let failed = false;
function guarded(stream: NodeJS.WriteStream): { write(s: string): unknown; drained(): Promise<void>; isTTY?: boolean } {
  let closed = false;
  // A large report waits for the pipe between pieces; a closed or failed stream waits no longer.
  const drained = () =>
    closed
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          const done = () => {
            stream.off('drain', done);
            stream.off('error', done);
            stream.off('close', done);
            resolve();
          };
          stream.on('drain', done);
          stream.on('error', done);
          stream.on('close', done);
        });
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (closed) return;
    closed = true;
    if (e.code === 'EPIPE') return;
    failed = true;
    if (stream !== process.stderr) process.stderr.write(`无法输出结果（${e.code ?? e.name}）。\nCould not write the output (${e.code ?? e.name}).\n`);
  });
  return { write: (s: string) => closed || stream.write(s), drained, isTTY: stream.isTTY };
}
const io = { stdout: guarded(process.stdout), stderr: guarded(process.stderr) };

main(process.argv.slice(2), io).then((code) => {
  process.exitCode = failed ? 2 : code;
});
