// The AWS SDK v3 side of the benchmark: real CloudFrontClient (de)serialisation with
// no network and no credential lookup, a "saxes alone" baseline and timing helpers.
import { performance } from "node:perf_hooks";
import { Readable } from "node:stream";
import { CloudFrontClient, GetDistributionConfigCommand, UpdateDistributionCommand } from "@aws-sdk/client-cloudfront";
import type {
  DistributionConfig,
  UpdateDistributionCommandInput,
  UpdateDistributionCommandOutput,
} from "@aws-sdk/client-cloudfront";
// @smithy/protocol-http and @smithy/util-stream are folded into @smithy/core (a dependency of the client) in this SDK
// line.
import { HttpRequest, HttpResponse } from "@smithy/core/protocols";
import type { HttpHandler } from "@smithy/core/protocols";
import type { BuildMiddleware } from "@smithy/types";
import { SaxesParser } from "saxes";

/** Static credentials and region: the default credential chain and region lookup never run. */
const clientConfig = {
  region: "us-east-1",
  credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" },
  maxAttempts: 1,
} as const;

/** A request handler that answers every request with `respond(request)` and never touches the network. */
function fakeHandler(respond: (request: HttpRequest) => HttpResponse): HttpHandler {
  return {
    handle: async (request) => ({ response: respond(request) }),
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
  };
}

/**
 * Deserialises a GetDistributionConfig response whose body is `xml`, through the real client.
 * The body is a Node Readable (what NodeHttpHandler yields), so the SDK's streamCollector runs too.
 * The string is UTF-8 encoded once per distinct input (the SDK would receive bytes from the socket).
 */
export function makeSdkDecoder(): (xml: string) => Promise<unknown> {
  const bodies = new Map<string, Buffer>(); // distribution Id -> pending response body
  let seq = 0;
  let lastXml: string | undefined;
  let lastBytes = Buffer.alloc(0);
  const client = new CloudFrontClient({
    ...clientConfig,
    requestHandler: fakeHandler((request) => {
      const id = /\/distribution\/([^/]+)\/config$/.exec(request.path)?.[1] ?? "";
      const bytes = bodies.get(id);
      if (bytes === undefined) throw new Error(`unexpected request ${request.method} ${request.path}`);
      bodies.delete(id);
      return new HttpResponse({ statusCode: 200, headers: { etag: "E1" }, body: Readable.from([bytes]) });
    }),
  });
  return async (xml) => {
    if (xml !== lastXml) [lastXml, lastBytes] = [xml, Buffer.from(xml, "utf8")];
    const id = `E${(seq = (seq + 1) % 0x7fffffff)}`;
    bodies.set(id, lastBytes);
    const out = await client.send(new GetDistributionConfigCommand({ Id: id }));
    if (out.DistributionConfig === undefined) throw new Error("SDK returned no DistributionConfig");
    return out.DistributionConfig;
  };
}

/**
 * Serialises `UpdateDistribution({ Id: 'E1', IfMatch: 'E1', DistributionConfig: config })` through the
 * real client and returns the request body exactly as the SDK built it (a string that starts with
 * `<?xml version="1.0" encoding="UTF-8"?>`). A middleware at the end of the `build` step captures the
 * body and short-circuits, so retry, SigV4 signing (a SHA-256 of the body) and sending never run.
 */
export function makeSdkEncoder(): (config: unknown) => Promise<string> {
  const client = new CloudFrontClient({
    ...clientConfig,
    requestHandler: fakeHandler(() => {
      throw new Error("the encoder must not send requests");
    }),
  });
  return async (config) => {
    let body: unknown;
    const capture: BuildMiddleware<UpdateDistributionCommandInput, UpdateDistributionCommandOutput> =
      () => async (args) => {
        body = HttpRequest.isInstance(args.request) ? args.request.body : undefined;
        return { output: { $metadata: {} }, response: undefined };
      };
    const command = new UpdateDistributionCommand({
      Id: "E1",
      IfMatch: "E1",
      DistributionConfig: config as DistributionConfig,
    });
    command.middlewareStack.add(capture, { step: "build", priority: "low", name: "cfxmlBenchCaptureBody" });
    await client.send(command);
    if (typeof body !== "string") throw new Error(`unexpected request body type ${typeof body}`);
    return body;
  };
}

const noop = (): void => undefined;

/**
 * "saxes alone": a fresh parser per call, with registered no-op opentag/text/closetag handlers, fed the document
 * whole or as chunks. Positions are saxes' default (on), as cfxml uses them.
 */
export function makeSaxesBaseline(
  options: { xmlns?: boolean; position?: boolean } = {},
): (xml: string | readonly string[]) => void {
  const xmlns = options.xmlns ?? false; // saxes' own default
  const position = options.position ?? true;
  return (xml) => {
    const parser = new SaxesParser({ xmlns, position });
    parser.on("opentag", noop);
    parser.on("text", noop);
    parser.on("closetag", noop);
    if (typeof xml === "string") parser.write(xml);
    else for (const chunk of xml) parser.write(chunk);
    parser.close();
  };
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new RangeError("median of an empty list");
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const hi = s[mid] ?? NaN;
  return s.length % 2 === 1 ? hi : ((s[mid - 1] ?? NaN) + hi) / 2;
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Calls `fn` repeatedly for at least `minTimeMs`; returns the mean ms per call. */
async function run(fn: () => void | Promise<void>, minTimeMs: number): Promise<number> {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    const r = fn();
    if (r !== undefined) await r;
    calls += 1;
    elapsed = performance.now() - start;
  } while (elapsed < minTimeMs);
  return elapsed / calls;
}

/**
 * Median over `runs` runs of the mean time per call (ms). One warm-up run of `minTimeMs` comes first;
 * with `node --expose-gc` a full GC precedes every run.
 */
export async function measure(
  fn: () => void | Promise<void>,
  opts: { minTimeMs: number; runs: number },
): Promise<number> {
  await run(fn, opts.minTimeMs);
  const means: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    gc?.();
    means.push(await run(fn, opts.minTimeMs));
  }
  return median(means);
}
