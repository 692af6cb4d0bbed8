// Progress for commands that work through many items: a bar on a terminal, nothing otherwise (the caller then
// prints a plain line per item).
import cliProgress from 'cli-progress';

export interface Progress {
  start(total: number): void;
  update(done: number, label: string): void;
  stop(): void;
}

/** A progress bar on stderr when it is a terminal; undefined when output goes to a file or a pipe. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): Progress | undefined {
  if (!stream.isTTY) return undefined;
  const bar = new cliProgress.SingleBar(
    { stream, format: '{bar} {value}/{total} {label}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (total) => bar.start(total, 0, { label: '' }),
    update: (done, label) => bar.update(done, { label }),
    stop: () => bar.stop(),
  };
}
