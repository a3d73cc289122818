/**
 * Whether to colour what is written to a stream. Each stream decides for itself (errors follow stderr's
 * terminal, results stdout's). Precedence: `--color=always|never`, then `NO_COLOR` (any non-empty value, the
 * user's standing wish), then `FORCE_COLOR` (`0` or `false` turn it off), then whether the stream is a terminal
 * (and not `TERM=dumb`).
 */

export type ColourMode = "auto" | "always" | "never";

let mode: ColourMode = "auto";

export const setColourMode = (m: ColourMode): void => {
  mode = m;
};

export const colourFor = (stream: NodeJS.WriteStream): boolean => {
  if (mode !== "auto") return mode === "always";
  const env = process.env;
  if ((env["NO_COLOR"] ?? "") !== "") return false;
  const force = env["FORCE_COLOR"];
  if (force !== undefined) return force !== "0" && force !== "false";
  return stream.isTTY === true && env["TERM"] !== "dumb";
};

// Plain SGR codes: util.styleText drops them when process.stdout is not a terminal, whatever the stream.
const style = (code: number, text: string): string => `\u001b[${code}m${text}\u001b[39m`;

/** Highlights error and warning codes, losses and hints in diagnostics. */
export const paint = (text: string, stream: NodeJS.WriteStream): string =>
  colourFor(stream)
    ? text
        .replace(/error\[[a-z_]+\]/g, (m) => style(31, m))
        .replace(/warning\[[a-z_]+\]/g, (m) => style(33, m))
        .replace(/: lost:/g, (m) => style(33, m))
        .replace(/^ {2}hint:/gm, (m) => style(36, m))
    : text;
