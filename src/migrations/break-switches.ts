/**
 * What the old format said by an element's presence and the new one says with `Enabled`: trusted signers (signed
 * URLs), active trusted signers, and access logs. Present is on; left out is off, which the upgrade fills from the
 * step's `default` facts (src/migrations/legacy-facts.ts). Going down, what is off but still lists something has no
 * old form, and is a loss.
 */
import { entriesOf, wrap } from "./break-lists.js";
import { isRecord } from "./convert.js";
import type { Converter, DownTools, Value } from "./convert.js";

const SELF = "self";

/** `TrustedSigners{Self?, AwsAccountNumber*}` ⇄ `TrustedSigners{Enabled, Quantity, Items}`; `<Self/>` is `self`. */
export const trustedSigners: Converter = {
  up: (v) => {
    const accounts = (v["AwsAccountNumber"] as string[] | undefined) ?? [];
    return wrap([...(v["Self"] === true ? [SELF] : []), ...accounts], { Enabled: true });
  },
  down: (n, t) => {
    const entries = entriesOf(n, t.path, t) as string[];
    if (n["Enabled"] !== true) {
      if (entries.length > 0)
        t.lose({
          path: `${t.path}/Enabled`,
          kind: "value",
          message:
            "before 2012-05-05 listing trusted signers requires signed URLs: signers with Enabled false have no old " +
            "form",
          value: false,
        });
      return undefined;
    }
    // The old format writes the distribution's own account as <Self/>, once and before the account numbers.
    const selves = entries.flatMap((e, i) => (e === SELF ? [i] : []));
    for (const i of selves.filter((i, k) => !(k === 0 && i === 0))) {
      t.lose({
        path: `${t.path}/Items/AwsAccountNumber[${i + 1}]`,
        kind: "value",
        message: "before 2012-05-05 the own account is one <Self/>, written first: this self cannot stay in its place",
        value: SELF,
      });
    }
    const accounts = entries.filter((e) => e !== SELF);
    return {
      ...(selves.length > 0 ? { Self: true } : {}),
      ...(accounts.length > 0 ? { AwsAccountNumber: accounts } : {}),
    };
  },
};

const signerDown = (s: Value, at: string, t: DownTools): Value | undefined => {
  const account = s["AwsAccountNumber"];
  if (account === undefined) {
    t.lose({
      path: `${at}/AwsAccountNumber`,
      kind: "required",
      message: "before 2012-05-05 a signer is <Self/> or an account number, which this one lacks",
    });
    return undefined;
  }
  const keys = s["KeyPairIds"];
  const ids = entriesOf(keys, `${at}/KeyPairIds`, t);
  if (isRecord(keys) && ids.length === 0)
    t.same(`${at}/KeyPairIds`, keys, "No key pair is what the old format says by writing no <KeyPairId>.");
  return {
    ...(account === SELF ? { Self: true } : { AwsAccountNumber: account }),
    ...(ids.length > 0 ? { KeyPairId: ids } : {}),
  };
};

/**
 * `ActiveTrustedSigners{Signer*{Self | AwsAccountNumber, KeyPairId*}}` ⇄ the wrapper of `Signer{AwsAccountNumber,
 * KeyPairIds}`.
 */
export const activeTrustedSigners: Converter = {
  up: (v) => {
    const signers = ((v["Signer"] as Value[] | undefined) ?? []).map((s) => ({
      AwsAccountNumber: s["Self"] === true ? SELF : s["AwsAccountNumber"],
      ...(s["KeyPairId"] === undefined ? {} : { KeyPairIds: wrap(s["KeyPairId"] as unknown[]) }),
    }));
    return wrap(signers, { Enabled: true });
  },
  down: (n, t) => {
    const entries = entriesOf(n, t.path, t) as Value[];
    if (n["Enabled"] !== true) {
      if (entries.length === 0) return undefined;
      t.lose({
        path: `${t.path}/Enabled`,
        kind: "value",
        message:
          "before 2012-05-05 a response lists active signers only for a private distribution: Enabled false with " +
          "signers has no old form",
        value: false,
      });
    }
    const signers = entries.flatMap((s, i) => signerDown(s, `${t.path}/Items/Signer[${i + 1}]`, t) ?? []);
    return signers.length > 0 ? { Signer: signers } : {};
  },
};

/** `Logging{Bucket, Prefix}` ⇄ `Logging{Enabled, Bucket, Prefix}` (and the streaming `StreamingLoggingConfig`). */
export const logging: Converter = {
  up: (v, t) => ({ Enabled: true, ...t.members(v, ["Enabled"]) }),
  down: (n, t) => {
    if (n["Enabled"] === true) return t.members(n, ["Enabled"]);
    if (n["Bucket"] !== "" || n["Prefix"] !== "") {
      t.lose({
        path: `${t.path}/Enabled`,
        kind: "value",
        message: "before 2012-05-05 a Logging element turns logs on: logs off with a bucket or prefix have no old form",
        value: false,
      });
    }
    return undefined;
  },
};
