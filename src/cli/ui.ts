/**
 * What the CLI shows a person: diagnostics on stderr and results on stdout, each ending its line and coloured
 * as its own stream allows, and a progress bar on a terminal with the diagnostics written above it.
 */
import cliProgress from "cli-progress";
import { paint } from "./colour.js";
import { onInterrupt } from "./lifecycle.js";
import { reportLines } from "./report.js";
import type { Report } from "./report.js";

interface Bar {
  /** Writes whole lines above the bar. */
  readonly log: (text: string) => void;
  readonly tick: () => void;
  readonly stop: () => void;
}

let bar: Bar | undefined;

const ensureNewline = (text: string): string => (text.endsWith("\n") ? text : text + "\n");

/** A line (or lines) of diagnostics on stderr. */
export const say = (text: string): void => {
  const line = ensureNewline(paint(text, process.stderr));
  if (bar === undefined) process.stderr.write(line);
  else bar.log(line);
};

/** Results on stdout; above the bar when both share the terminal. */
export const out = (text: string): void => {
  const line = ensureNewline(paint(text, process.stdout));
  if (bar !== undefined && process.stdout.isTTY === true) bar.log(line);
  else process.stdout.write(line);
};

/** Plain output (documents, JSON): never coloured, and written as is. */
export const outRaw = (text: string): void => {
  if (bar !== undefined && process.stdout.isTTY === true) bar.log(ensureNewline(text));
  else process.stdout.write(text);
};

export const sayReport = (r: Report): void => say(reportLines(r).join("\n"));

const count = (n: number): string => n.toLocaleString("en-US");
export const summary = (verb: string, ok: number, failed: number): string =>
  `${verb} ${count(ok)}, failed ${count(failed)}`;

/**
 * A progress bar on stderr for batches, only on a terminal: count, percentage, rate and time left. Stopping it
 * (also on Ctrl-C) clears it and shows the cursor again and restores line wrap.
 */
export const progress = (total: number, unit: string): { tick: () => void; stop: () => void } => {
  if (process.stderr.isTTY !== true || total < 2) return { tick: () => undefined, stop: () => undefined };
  const multi = new cliProgress.MultiBar(
    {
      stream: process.stderr,
      format: `{bar} {percentage}% | {value}/{total} ${unit} | {rate}/s | ETA {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
      gracefulExit: false,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  const single = multi.create(total, 0, { rate: "0" });
  let done = 0;
  let stopped = false;
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    // Lines logged since the last redraw are only written by a redraw.
    multi.update();
    multi.stop();
    bar = undefined;
    unregister();
  };
  const unregister = onInterrupt(stop);
  bar = { log: (text) => multi.log(text), tick: () => undefined, stop };
  return {
    tick: () => {
      done++;
      const seconds = (Date.now() - started) / 1000;
      single.update(done, { rate: seconds > 0 ? Math.round(done / seconds).toString() : "0" });
    },
    stop,
  };
};
