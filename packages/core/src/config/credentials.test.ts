import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../errors.ts";
import { checkCredentials, credentialReferences, resolveResponder } from "./credentials.ts";
import { parseConfig } from "./load.ts";

const withResponders = (responders: unknown[]) => ({
  brand: { name: "Acme", signature: "Dana, Acme Care" },
  queues: [{ id: "billing", firstResponseTarget: "PT1H", escalateAfter: "PT10M", responders }],
  defaultQueue: "billing",
});

const referring = withResponders([
  { name: "Billing on-call", pagerduty: { routingKey: { env: "PD_BILLING_KEY" } } },
  { name: "Care lead", slack: { webhookUrl: { env: "SLACK_CARE_LEAD_URL" } } },
  { name: "Ops", webhook: { url: "https://ops.example.com/pages", secret: { env: "OPS_WEBHOOK_SECRET" } } },
]);

const goodEnv = {
  PD_BILLING_KEY: "a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4",
  SLACK_CARE_LEAD_URL: "https://hooks.slack.com/services/T0/B0/SECRETPART",
  OPS_WEBHOOK_SECRET: "whsec_c2VjcmV0LWtleS1mb3ItdGVzdHM=",
};

describe("credentials as references to the environment", () => {
  it('accepts { "env": "NAME" } for routing keys, webhook URLs and secrets, and reads them from the environment', () => {
    // Act
    const config = parseConfig(referring);
    const [pagerduty, slack, webhook] = (config.queues[0]?.responders ?? []).map((r, i) =>
      resolveResponder(r, goodEnv, `queues[0].responders[${i}]`),
    );

    // Assess
    expect(pagerduty?.pagerduty?.routingKey).toBe(goodEnv.PD_BILLING_KEY);
    expect(slack?.slack?.webhookUrl).toBe(goodEnv.SLACK_CARE_LEAD_URL);
    expect(webhook?.webhook).toEqual({ url: "https://ops.example.com/pages", secret: goodEnv.OPS_WEBHOOK_SECRET });
    expect(credentialReferences(config).map((r) => r.env)).toEqual([
      "PD_BILLING_KEY",
      "SLACK_CARE_LEAD_URL",
      "OPS_WEBHOOK_SECRET",
    ]);
    expect(() => checkCredentials(config, goodEnv)).not.toThrow();
  });

  it("stops start-up naming the field and the variable of each reference that is unset", () => {
    // Prepare
    const config = parseConfig(referring);
    const env = { SLACK_CARE_LEAD_URL: goodEnv.SLACK_CARE_LEAD_URL, OPS_WEBHOOK_SECRET: "" };

    // Act
    const check = () => checkCredentials(config, env);

    // Assess
    expect(check).toThrow(ConfigError);
    expect(check).toThrow(
      "queues[0].responders[0].pagerduty.routingKey: the environment variable PD_BILLING_KEY is unset",
    );
    expect(check).toThrow(
      "queues[0].responders[2].webhook.secret: the environment variable OPS_WEBHOOK_SECRET is unset",
    );
  });

  it("checks what a variable holds as it checks a literal, without ever repeating the value", () => {
    // Prepare
    const config = parseConfig(referring);
    const env = { ...goodEnv, SLACK_CARE_LEAD_URL: "hooks.slack.com/T0/B0/SECRETPART", OPS_WEBHOOK_SECRET: "hunter2" };

    // Act
    let message = "";
    try {
      checkCredentials(config, env);
    } catch (error) {
      message = (error as Error).message;
    }

    // Assess
    expect(message).toContain("queues[0].responders[1].slack.webhookUrl: the environment variable SLACK_CARE_LEAD_URL");
    expect(message).toContain("queues[0].responders[2].webhook.secret: the environment variable OPS_WEBHOOK_SECRET");
    expect(message).not.toContain("SECRETPART");
    expect(message).not.toContain("hunter2");
  });

  it("refuses a malformed reference, naming the field", () => {
    const bad = (credential: unknown) => {
      try {
        parseConfig(withResponders([{ name: "On-call", pagerduty: { routingKey: credential } }]));
      } catch (error) {
        return (error as Error).message;
      }
      return "accepted";
    };

    expect(bad({ env: "not a name" })).toContain("queues[0].responders[0].pagerduty.routingKey");
    expect(bad({ env: "X", default: "y" })).toContain("queues[0].responders[0].pagerduty.routingKey");
    expect(bad(42)).toMatch(/pagerduty\.routingKey: must be a text or \{ "env": "NAME" \}/);
  });
});

describe("the shipped sample config", () => {
  it("pages nobody outside this machine: every responder points at loopback or refers to the environment", () => {
    // Prepare
    const sample = JSON.parse(readFileSync(new URL("../../../../responder.config.json", import.meta.url), "utf8"));
    const config = parseConfig(sample);
    const loopback = (url: string) => ["127.0.0.1", "localhost", "[::1]"].includes(new URL(url).hostname);

    for (const queue of config.queues) {
      for (const responder of queue.responders) {
        // Assess: PagerDuty's URL is the real service unless PAGERDUTY_EVENTS_URL says otherwise, so its key must be
        // a reference; Slack and signed webhooks must go to loopback or be references.
        if (responder.pagerduty) expect(typeof responder.pagerduty.routingKey, responder.name).toBe("object");
        const slack = responder.slack?.webhookUrl;
        if (typeof slack === "string") expect(loopback(slack), `${responder.name}: ${slack}`).toBe(true);
        if (responder.webhook) expect(loopback(responder.webhook.url), responder.name).toBe(true);
      }
    }
    expect(() => checkCredentials(config, {})).not.toThrow();
  });
});
