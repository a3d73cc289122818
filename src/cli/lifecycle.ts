/**
 * How the command ends when it is cut short. Ctrl-C, SIGTERM or SIGHUP run the registered clean-ups (stop the
 * worker threads, remove this run's temporary files, show the cursor again) and exit with 128 + the signal. A
 * closed stdout or stderr (`cfxml detect dir | head -1`) ends the command quietly, as `cat` does, without a stack
 * trace.
 */
type Cleanup = () => void | Promise<void>;

const cleanups = new Set<Cleanup>();
let ending = false;

/** Registers a clean-up for an interrupted run; returns a function that unregisters it. */
export const onInterrupt = (cleanup: Cleanup): (() => void) => {
  cleanups.add(cleanup);
  return () => void cleanups.delete(cleanup);
};

/**
 * Runs the clean-ups once, then ends: by the same signal when one ended us (its default action, so the shell
 * sees the usual status, and a thread stuck opening a FIFO cannot hold the exit), else with `code`.
 */
export const end = async (code: number, signal?: NodeJS.Signals): Promise<never> => {
  if (!ending) {
    ending = true;
    // Newest first: the bar (shown last) is stopped after the work it shows.
    for (const cleanup of [...cleanups].reverse()) {
      try {
        await cleanup();
      } catch {
        // Ending anyway: a failed clean-up must not keep the process alive.
      }
    }
  }
  if (signal !== undefined) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  }
  process.exit(code);
};

const signals = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

export const installHandlers = (): void => {
  for (const [signal, code] of Object.entries(signals))
    process.on(signal, () => void end(code, signal as NodeJS.Signals));
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") void end(141);
      else throw e;
    });
  }
};
