import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError } from "../errors.ts";
import { configJsonSchemaText } from "./json-schema.ts";
import { configPath, loadConfig, parseConfig } from "./load.ts";

const repoRoot = new URL("../../../../", import.meta.url);
const samplePath = new URL("responder.config.json", repoRoot);
const schemaPath = new URL("responder.config.schema.json", repoRoot);

const scratch = mkdtempSync(join(tmpdir(), "firstreply-config-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const writeScratch = (name: string, text: string): string => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};

/** The smallest valid configuration, per the contract. */
const minimal = () => ({
  brand: { name: "Acme", signature: "Dana, Acme Care", accounts: { facebook: "PAGE_ID", x: "USER_ID" } },
  queues: [
    {
      id: "billing",
      firstResponseTarget: "PT1H",
      escalateAfter: "PT10M",
      responders: [
        { name: "Billing on-call", pagerduty: { routingKey: "R0UTINGKEY" } },
        { name: "Care lead", slack: { webhookUrl: "https://hooks.slack.com/services/T0/B0/X" } },
      ],
    },
  ],
  routes: [{ match: { keywords: ["refund", "charged", "invoice"] }, queue: "billing" }],
  defaultQueue: "billing",
});

/** The ConfigError message parseConfig gives for a value, failing the test when it accepts it. */
const problemWith = (value: unknown): string => {
  try {
    parseConfig(value);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error("expected a ConfigError, the config was accepted");
};

describe("parseConfig", () => {
  it("fills in defaults for routes, replies and brand accounts when they are left out", () => {
    // Prepare
    const { routes: _routes, ...withoutRoutes } = minimal();

    // Act
    const config = parseConfig({ ...withoutRoutes, brand: { name: "Acme", signature: "Dana, Acme Care" } });

    // Assess
    expect(config.routes).toEqual([]);
    expect(config.replies).toEqual({ praise: "thank", allowedDomains: [] });
    expect(config.brand.accounts).toEqual({});
    expect(config.queues[0]?.firstResponseTarget).toBe("PT1H");
  });

  it("accepts routes on platform, kind, language and sensitivity, single or listed", () => {
    // Prepare
    const value = {
      ...minimal(),
      routes: [
        { match: { platform: "messenger", kind: ["complaint", "question"] }, queue: "billing" },
        { match: { language: ["es", "pt"], sensitive: true }, queue: "billing" },
      ],
    };

    // Act
    const config = parseConfig(value);

    // Assess
    expect(config.routes).toHaveLength(2);
  });

  it("names the bad field of a queue", () => {
    // Prepare
    const value = minimal();
    (value.queues[0] as { firstResponseTarget: string }).firstResponseTarget = "1 hour";

    // Act
    const message = problemWith(value);

    // Assess
    expect(message).toContain("queues[0].firstResponseTarget");
    expect(message).toMatch(/ISO 8601/);
  });

  it("refuses a default queue or a route that names no queue", () => {
    // Act
    const badDefault = problemWith({ ...minimal(), defaultQueue: "care" });
    const badRoute = problemWith({ ...minimal(), routes: [{ match: { keywords: ["refund"] }, queue: "refunds" }] });

    // Assess
    expect(badDefault).toContain("defaultQueue");
    expect(badDefault).toContain('"care"');
    expect(badRoute).toContain("routes[0].queue");
    expect(badRoute).toContain('"refunds"');
  });

  it("refuses two queues with the same id", () => {
    // Prepare
    const value = minimal();
    value.queues.push({ ...(value.queues[0] as (typeof value.queues)[number]) });

    // Act
    const message = problemWith(value);

    // Assess
    expect(message).toContain("queues[1].id");
    expect(message).toMatch(/duplicate/);
  });

  it("refuses a responder with no way, or two ways, to be paged", () => {
    // Prepare
    const none = minimal();
    none.queues[0]?.responders.splice(0, 2, { name: "Nobody" } as never);
    const two = minimal();
    two.queues[0]?.responders.splice(0, 1, {
      name: "Both",
      pagerduty: { routingKey: "k" },
      slack: { webhookUrl: "https://hooks.slack.com/services/T0/B0/X" },
    } as never);

    // Act
    const messages = [problemWith(none), problemWith(two)];

    // Assess
    for (const message of messages) {
      expect(message).toContain("queues[0].responders[0]");
      expect(message).toMatch(/exactly one of pagerduty, slack or webhook/);
    }
  });

  it("refuses misspelled and unknown fields rather than ignoring them", () => {
    // Act
    const topLevel = problemWith({ ...minimal(), defaultQeue: "billing" });
    const inRoute = problemWith({ ...minimal(), routes: [{ match: { keyword: ["refund"] }, queue: "billing" }] });

    // Assess
    expect(topLevel).toContain("defaultQeue");
    expect(inRoute).toContain("routes[0].match");
    expect(inRoute).toContain("keyword");
  });

  it("refuses bad route values: empty keywords, an unknown platform or kind, a long language code", () => {
    // Prepare
    const routes = [
      { match: { keywords: [] }, queue: "billing" },
      { match: { keywords: ["  "] }, queue: "billing" },
      { match: { platform: "myspace" }, queue: "billing" },
      { match: { kind: "rant" }, queue: "billing" },
      { match: { language: "english" }, queue: "billing" },
    ];

    // Act
    const messages = routes.map((route) => problemWith({ ...minimal(), routes: [route] }));

    // Assess
    expect(messages[0]).toContain("routes[0].match.keywords");
    expect(messages[1]).toContain("routes[0].match.keywords[0]");
    expect(messages[2]).toContain("routes[0].match.platform");
    expect(messages[3]).toContain("routes[0].match.kind");
    expect(messages[4]).toContain("routes[0].match.language");
  });

  it("refuses a configuration without queues or brand", () => {
    // Act
    const noQueues = problemWith({ ...minimal(), queues: [] });
    const noBrand = problemWith({ ...minimal(), brand: undefined });

    // Assess
    expect(noQueues).toContain("queues");
    expect(noBrand).toContain("brand");
  });

  it("says where the configuration came from", () => {
    // Act
    let message = "";
    try {
      parseConfig({}, "responder config /etc/firstreply.json");
    } catch (error) {
      message = (error as Error).message;
    }

    // Assess
    expect(message).toContain("/etc/firstreply.json");
  });
});

describe("loadConfig", () => {
  it("loads the sample responder.config.json", () => {
    // Act
    const config = loadConfig(fileURLToPath(samplePath));

    // Assess
    expect(config.defaultQueue).toBe("care");
    expect(config.queues.map((q) => q.id)).toEqual(["billing", "care", "community"]);
    expect(config.brand.signature).toBe("Sam, Acme Care");
    expect(config.routes.map((r) => r.queue)).toEqual(["billing", "community"]);
    // Chatter and praise held back for a person go to a queue that pages no one at night.
    const community = config.queues.find((q) => q.id === "community");
    expect(community?.responders.every((r) => "slack" in r)).toBe(true);
  });

  it("reads the file RESPONDER_CONFIG names, else responder.config.json in the working directory", () => {
    // Act
    const named = configPath({ RESPONDER_CONFIG: "/srv/care/config.json" });
    const fallback = configPath({});
    const empty = configPath({ RESPONDER_CONFIG: "" });

    // Assess
    expect(named).toBe("/srv/care/config.json");
    expect(fallback).toBe(resolve("responder.config.json"));
    expect(empty).toBe(resolve("responder.config.json"));
  });

  it("stops with a ConfigError naming the file when it is missing", () => {
    // Prepare
    const path = join(scratch, "does-not-exist.json");

    // Act / Assess
    expect(() => loadConfig(path)).toThrow(ConfigError);
    expect(() => loadConfig(path)).toThrow(path);
  });

  it("stops with a ConfigError when the file is not JSON", () => {
    // Prepare
    const path = writeScratch("broken.json", '{ "brand": { "name": "Acme", }');

    // Act / Assess
    expect(() => loadConfig(path)).toThrow(ConfigError);
    expect(() => loadConfig(path)).toThrow(/not valid JSON/);
  });

  it("stops with a ConfigError naming the bad field of a file", () => {
    // Prepare
    const value = minimal();
    (value.queues[0] as { escalateAfter: string }).escalateAfter = "PT10X";
    const path = writeScratch("bad-field.json", JSON.stringify(value));

    // Act / Assess
    expect(() => loadConfig(path)).toThrow(ConfigError);
    expect(() => loadConfig(path)).toThrow("queues[0].escalateAfter");
  });

  it("loads the contract's example configuration from a file", () => {
    // Prepare
    const path = writeScratch("good.json", JSON.stringify(minimal()));

    // Act
    const config = loadConfig(path);

    // Assess
    expect(config.queues[0]?.responders).toHaveLength(2);
  });
});

describe("the committed JSON Schema", () => {
  it("is current: responder.config.schema.json equals what `npm run schema` writes", () => {
    // Prepare
    const committed = readFileSync(schemaPath, "utf8");

    // Act
    const generated = configJsonSchemaText();

    // Assess
    expect(committed).toBe(generated);
  });

  it("describes the fields the configuration requires", () => {
    // Act
    const schema = JSON.parse(configJsonSchemaText()) as { required?: string[]; properties?: Record<string, unknown> };

    // Assess
    expect(schema.required).toEqual(expect.arrayContaining(["brand", "queues", "defaultQueue"]));
    expect(Object.keys(schema.properties ?? {})).toEqual(
      expect.arrayContaining(["brand", "queues", "routes", "defaultQueue", "replies"]),
    );
  });
});
