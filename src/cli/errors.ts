/**
 * The CLI's failures and their exit codes: 2 for bad usage or invalid input (the user can fix
 * the command or the file), 1 for everything else.
 */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** Bad usage or invalid input: exit code 2. The message is shown as is. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Where the CLI writes: the process's streams, or a test's collectors. */
export interface Io {
  out(s: string): void;
  err(s: string): void;
}

export const io: Io = {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
};
