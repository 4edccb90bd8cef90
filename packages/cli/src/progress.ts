/**
 * Progress on stderr for work that takes more than a second: one line per phase (reading,
 * checking, writing) with its elapsed time. Silent when stderr is not a terminal or with --quiet.
 */
export interface Progress {
  phase(label: string): void;
  done(): void;
}

const SILENT: Progress = { phase() {}, done() {} };
const FRAMES = '⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏';

/**
 * A progress reporter; the no-op one when not on a terminal.
 * @example const p = createProgress(process.stderr, !args.quiet); p.phase('读取 Reading'); ... p.done()
 */
export function createProgress(stream: { write(s: string): unknown; isTTY?: boolean }, enabled: boolean): Progress {
  if (!enabled || !stream.isTTY) return SILENT;
  let label = '';
  let started = 0;
  let shown = false;
  let frame = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  const draw = () => {
    shown = true;
    const s = ((Date.now() - started) / 1000).toFixed(1);
    stream.write(`\r${FRAMES[frame++ % FRAMES.length]} ${label} ${s} s`);
  };
  const finish = () => {
    if (timer) clearInterval(timer);
    timer = undefined;
    if (shown) stream.write(`\r✓ ${label} ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    shown = false;
  };
  return {
    phase(next) {
      finish();
      label = next;
      started = Date.now();
      // Only work that lasts shows up: the first frame after a second.
      timer = setInterval(draw, 1000);
      timer.unref?.();
    },
    done: finish,
  };
}
