#!/usr/bin/env node
// Prints the headers a genuine sender would attach to a fixture body, so tests can
// post the fixture byte-for-byte and exercise the receiver's signature checks.
// No dependencies; Node >= 18. See README.md ("Signing fixtures") for each scheme's source.
//
//   node sign.mjs <scheme> <secret> <file> [--id ID] [--timestamp TS]
//   node sign.mjs x-crc <consumer-secret> <crc_token>
//   node sign.mjs linkedin-challenge <client-secret> <challengeCode>
//   node sign.mjs --selftest
//
// The signature covers the file's exact bytes (including any trailing newline):
// send exactly those bytes, e.g. `curl --data-binary @file`.
import { createHmac, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const hmac = (algorithm, key, ...parts) => {
  const mac = createHmac(algorithm, key);
  for (const part of parts) mac.update(part);
  return mac.digest();
};

const standardKey = (secret) => {
  // Standard Webhooks secrets are "whsec_" + base64 of the raw key; the HMAC key is the decoded bytes.
  const encoded = secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret;
  const key = Buffer.from(encoded, "base64");
  if (key.length === 0 || key.toString("base64").replace(/=+$/, "") !== encoded.replace(/=+$/, "")) {
    throw new Error("standard: secret must be whsec_ followed by base64");
  }
  return key;
};

const nowSeconds = () => String(Math.floor(Date.now() / 1000));

const schemes = {
  // Meta (Pages, Messenger, Instagram, WhatsApp): hex HMAC-SHA256 of the body with the app secret.
  meta: ({ secret, body }) => [["X-Hub-Signature-256", `sha256=${hmac("sha256", secret, body).toString("hex")}`]],

  // X Account Activity: base64 HMAC-SHA256 of the body with the consumer secret.
  x: ({ secret, body }) => [
    ["x-twitter-webhooks-signature", `sha256=${hmac("sha256", secret, body).toString("base64")}`],
  ],

  // X CRC: the JSON body to answer GET ?crc_token=... with.
  "x-crc": ({ secret, token }) => ({
    response_token: `sha256=${hmac("sha256", secret, token).toString("base64")}`,
  }),

  // LinkedIn: hex HMAC-SHA256 of "hmacsha256=" + body with the client secret; the header carries only the digest.
  linkedin: ({ secret, body }) => [["X-LI-Signature", hmac("sha256", secret, "hmacsha256=", body).toString("hex")]],

  // LinkedIn validation: the JSON body to answer GET ?challengeCode=... with.
  "linkedin-challenge": ({ secret, token }) => ({
    challengeCode: token,
    challengeResponse: hmac("sha256", secret, token).toString("hex"),
  }),

  // TikTok: t=<unix seconds>,s=<hex HMAC-SHA256 of "<t>.<body>" with the client secret>.
  tiktok: ({ secret, body, timestamp }) => {
    const t = timestamp ?? nowSeconds();
    return [["TikTok-Signature", `t=${t},s=${hmac("sha256", secret, `${t}.`, body).toString("hex")}`]];
  },

  // YouTube / WebSub (Google hub): hex HMAC-SHA1 of the body with the hub.secret given when subscribing.
  youtube: ({ secret, body }) => [["X-Hub-Signature", `sha1=${hmac("sha1", secret, body).toString("hex")}`]],

  // Standard Webhooks: v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>" with the decoded whsec_ key>.
  standard: ({ secret, body, id, timestamp }) => {
    const msgId = id ?? `msg_${randomBytes(12).toString("hex")}`;
    const t = timestamp ?? nowSeconds();
    if (msgId.includes(".")) throw new Error("standard: --id must not contain '.'");
    const signature = hmac("sha256", standardKey(secret), `${msgId}.${t}.`, body).toString("base64");
    return [
      ["webhook-id", msgId],
      ["webhook-timestamp", t],
      ["webhook-signature", `v1,${signature}`],
    ];
  },
};

const tokenSchemes = new Set(["x-crc", "linkedin-challenge"]);

function parseArgs(argv) {
  const positional = [];
  const options = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === "--id" || arg === "--timestamp") {
      const value = argv[i + 1];
      if (value === undefined) throw new Error(`${arg} needs a value`);
      options[arg.slice(2)] = value;
      i += 1;
    } else if (arg.startsWith("--") && arg !== "--selftest" && arg !== "--help") {
      throw new Error(`unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  if (options.timestamp !== undefined && !/^\d+$/.test(options.timestamp)) {
    throw new Error("--timestamp must be unix seconds");
  }
  return { positional, options };
}

export function sign(scheme, secret, input, options = {}) {
  const build = schemes[scheme];
  if (!build) throw new Error(`unknown scheme ${scheme}; one of: ${Object.keys(schemes).join(", ")}`);
  if (tokenSchemes.has(scheme)) return build({ secret, token: String(input) });
  return build({ secret, body: Buffer.isBuffer(input) ? input : Buffer.from(input), ...options });
}

function selftest() {
  // Published Standard Webhooks test vector (spec libraries and Svix docs).
  const vector = sign("standard", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", '{"test": 2432232314}', {
    id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
    timestamp: "1614265330",
  });
  const expected = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
  const got = vector.find(([name]) => name === "webhook-signature")[1];
  if (got !== expected) throw new Error(`standard vector mismatch: ${got}`);
  console.log("selftest ok");
}

function main() {
  const { positional, options } = parseArgs(process.argv.slice(2));
  if (positional.includes("--selftest")) return selftest();
  if (positional.length !== 3 || positional.includes("--help")) {
    console.error("usage: node sign.mjs <scheme> <secret> <file|token> [--id ID] [--timestamp TS]");
    console.error(`schemes: ${Object.keys(schemes).join(", ")} (x-crc and linkedin-challenge take the token itself)`);
    process.exitCode = 2;
    return;
  }
  const [scheme, secret, target] = positional;
  if (!schemes[scheme]) throw new Error(`unknown scheme ${scheme}; one of: ${Object.keys(schemes).join(", ")}`);
  const input = tokenSchemes.has(scheme) ? target : readFileSync(target);
  const result = sign(scheme, secret, input, options);
  if (Array.isArray(result)) {
    for (const [name, value] of result) console.log(`${name}: ${value}`);
  } else {
    console.log(JSON.stringify(result));
  }
}

// Run only when invoked as a script, so tests can `import { sign } from ".../sign.mjs"`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (error) {
    console.error(`sign.mjs: ${error.message}`);
    process.exitCode = 1;
  }
}
