/**
 * A progress bar on stderr for long imports and rankings (cli-progress), silent when stderr is
 * not a terminal so that logs and pipes stay clean.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  update(label: string, done: number, total: number): void;
  stop(): void;
}

export function progressBar(enabled = Boolean(process.stderr.isTTY)): Progress {
  if (!enabled) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: '{label} [{bar}] {percentage}% | {value}/{total}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let current = '';
  return {
    update(label, done, total) {
      if (label !== current) {
        if (current) bar.stop();
        current = label;
        bar.start(total, done, { label });
      } else bar.update(done);
    },
    stop() {
      if (current) bar.stop();
      current = '';
    },
  };
}
