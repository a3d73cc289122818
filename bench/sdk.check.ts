// Smoke check + figures for the SDK side of the benchmark. From the repo root:
//   D=/tmp/benchcheck; mkdir -p $D && echo '{"type":"module"}' > $D/package.json && ln -sfn "$PWD/node_modules" $D/node_modules \
//   && npx tsc --outDir $D --rootDir bench --module nodenext --moduleResolution nodenext --target es2022 --types node --strict \
//        --exactOptionalPropertyTypes --noUncheckedIndexedAccess --verbatimModuleSyntax --skipLibCheck \
//        bench/generate.ts bench/sdk.ts bench/sdk.check.ts \
//   && node --expose-gc $D/sdk.check.js
// ($D needs the package.json so Node loads the output as ESM, and node_modules so it resolves the SDK.)
import { behaviourCountFor, generateDistributionConfigXml } from './generate.js';
import { makeSaxesBaseline, makeSdkDecoder, makeSdkEncoder, measure } from './sdk.js';

const SIZES = [{ label: '5 KB', bytes: 5 * 1024 }, { label: '1 MB', bytes: 1024 * 1024 }] as const;
const OPTS = { minTimeMs: 200, runs: 5 } as const;
const BODY_START = /^(<\?xml version="1\.0" encoding="UTF-8"\?>)?<DistributionConfig xmlns="http:\/\/cloudfront\.amazonaws\.com\/doc\/2020-05-31\/">/;

function assert(ok: boolean, message: string): asserts ok {
  if (!ok) throw new Error(`check failed: ${message}`);
}

function cacheBehaviourQuantity(config: unknown): unknown {
  if (typeof config !== 'object' || config === null || !('CacheBehaviors' in config)) return undefined;
  const cb = config.CacheBehaviors;
  return typeof cb === 'object' && cb !== null && 'Quantity' in cb ? cb.Quantity : undefined;
}

const decode = makeSdkDecoder();
const encode = makeSdkEncoder();
const saxesNs = makeSaxesBaseline({ xmlns: true });
const saxesPlain = makeSaxesBaseline({ xmlns: false });

for (const { label, bytes } of SIZES) {
  const xml = generateDistributionConfigXml(bytes);
  const size = Buffer.byteLength(xml);
  const behaviours = behaviourCountFor(bytes);
  assert(behaviours > 0, `${label}: at least one CacheBehavior`);
  assert((xml.match(/<CacheBehavior>/g) ?? []).length === behaviours, `${label}: generated behaviour count`);

  const config = await decode(xml);
  assert(cacheBehaviourQuantity(config) === behaviours, `${label}: CacheBehaviors.Quantity === ${behaviours}`);
  const body = await encode(config);
  assert(BODY_START.test(body), `${label}: encoded body starts with <DistributionConfig xmlns=…> (got ${body.slice(0, 80)})`);
  const again = await decode(body);
  assert(JSON.stringify(again) === JSON.stringify(config), `${label}: SDK decode(encode(x)) round-trips`);
  saxesNs(xml);
  saxesPlain(xml);

  console.log(`\n${label}: ${size} bytes, ${behaviours} cache behaviours; SDK body ${Buffer.byteLength(body)} bytes`);
  const rows: [string, () => void | Promise<void>][] = [
    ['SDK decoder', async () => void (await decode(xml))],
    ['SDK encoder', async () => void (await encode(config))],
    ['saxes xmlns:true', () => saxesNs(xml)],
    ['saxes xmlns:false', () => saxesPlain(xml)],
  ];
  for (const [name, fn] of rows) {
    const ms = await measure(fn, OPTS);
    const mbps = size / 1e6 / (ms / 1e3);
    console.log(`  ${name.padEnd(18)} ${ms.toFixed(4).padStart(10)} ms  ${mbps.toFixed(1).padStart(7)} MB/s`);
  }
}
