import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MalformedDelivery } from "../errors.ts";
import { metaEnvelopeSchema, metaMessageSchema as metaIntakeSchema, splitMetaDelivery } from "./webhook.ts";

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../../../test/fixtures/meta-page/${name}`, import.meta.url), "utf8"));

const receivedAt = "2026-01-01T00:00:00.000Z";

/** A delivery as the webhook receives it. */
const requestOf = (body: unknown) => ({
  method: "POST",
  query: {},
  headers: {},
  body: Buffer.from(typeof body === "string" ? body : JSON.stringify(body)),
  receivedAt,
});

describe("splitMetaDelivery", () => {
  it("gives one intake per entry of a two-Page batch, each with its own Page id", () => {
    // Prepare
    const envelope = requestOf(fixture("feed-batch-two-entries.json"));

    // Act
    const intakes = splitMetaDelivery(envelope);

    // Assess
    expect(intakes).toHaveLength(2);
    expect(intakes.map((i) => i.entryId)).toEqual(["118204355731962", "120577309814455"]);
    expect(intakes.map((i) => (i.change?.value as { comment_id: string } | undefined)?.comment_id)).toEqual([
      "1209913347725510_2217460315528864",
      "1211048862370194_1182204937715308",
    ]);
    for (const intake of intakes) {
      expect(intake).toMatchObject({ source: "meta", object: "page", receivedAt, entryTime: 1741788342 });
      expect(metaIntakeSchema.safeParse(intake).success).toBe(true);
    }
  });

  it("gives one intake per change and per messaging event, in order", () => {
    // Prepare
    const envelope = requestOf({
      object: "page",
      entry: [
        {
          id: "PAGE_A",
          time: 1,
          changes: [
            { field: "feed", value: { item: "comment", verb: "add", comment_id: "P_1" } },
            { field: "feed", value: { item: "reaction", verb: "add" } },
          ],
          messaging: [{ sender: { id: "U1" }, recipient: { id: "PAGE_A" }, timestamp: 2, message: { mid: "m1" } }],
        },
        { id: "PAGE_B", time: 3, messaging: [{ sender: { id: "U2" }, recipient: { id: "PAGE_B" }, timestamp: 4 }] },
        { id: "PAGE_C", time: 5 },
      ],
    });

    // Act
    const intakes = splitMetaDelivery(envelope);

    // Assess
    expect(intakes.map((i) => [i.entryId, i.change ? "change" : "messaging"])).toEqual([
      ["PAGE_A", "change"],
      ["PAGE_A", "change"],
      ["PAGE_A", "messaging"],
      ["PAGE_B", "messaging"],
    ]);
    for (const intake of intakes) expect(metaIntakeSchema.safeParse(intake).success).toBe(true);
  });

  it("keeps a single comment and a single Messenger message as one intake each", () => {
    // Prepare
    const comment = requestOf(fixture("feed-comment-add.json"));
    const message = requestOf(fixture("messenger-message.json"));

    // Act
    const [fromComment, ...moreComments] = splitMetaDelivery(comment);
    const [fromMessage, ...moreMessages] = splitMetaDelivery(message);

    // Assess
    expect(moreComments).toEqual([]);
    expect(moreMessages).toEqual([]);
    expect(fromComment?.change?.field).toBe("feed");
    expect(fromComment?.messaging).toBeUndefined();
    expect(fromMessage?.messaging).toMatchObject({ sender: { id: "8112349067752310" } });
    expect(fromMessage?.change).toBeUndefined();
  });
});

describe("metaEnvelopeSchema", () => {
  it("accepts every Meta Page fixture", () => {
    // Prepare
    const names = [
      "feed-batch-two-entries.json",
      "feed-comment-add.json",
      "feed-comment-edited.json",
      "feed-comment-page-reply.json",
      "feed-comment-removed.json",
      "messenger-message-echo.json",
      "messenger-message.json",
    ];

    // Act
    const failures = names.filter((name) => !metaEnvelopeSchema.safeParse(fixture(name)).success);

    // Assess
    expect(failures).toEqual([]);
  });

  it("keeps fields Meta may add later from breaking delivery", () => {
    // Prepare
    const body = {
      object: "page",
      entry: [{ id: "P", time: 1, changes: [{ field: "feed", value: {}, new_field: true }], brand_new: 1 }],
      extra: "x",
    };

    // Act
    const result = metaEnvelopeSchema.safeParse(body);

    // Assess
    expect(result.success).toBe(true);
  });

  it("rejects what is not a Meta delivery", () => {
    // Prepare
    const bodies = [
      {},
      { object: "page", entry: [] },
      { object: "user", entry: [{ id: "P" }] },
      { object: "page", entry: [{ id: "" }] },
      { object: "page", entry: [{ time: 1 }] },
      { entry: [{ id: "P" }] },
    ];

    // Act
    const accepted = bodies.filter((body) => metaEnvelopeSchema.safeParse(body).success);

    // Assess
    expect(accepted).toEqual([]);
  });
});

describe("splitMetaDelivery: refusals", () => {
  it("refuses a body that is not JSON, or not a Meta delivery, naming what is wrong", () => {
    const refusal = (body: string) => {
      try {
        splitMetaDelivery(requestOf(body));
      } catch (error) {
        expect(error).toBeInstanceOf(MalformedDelivery);
        return [(error as MalformedDelivery).code, (error as Error).message];
      }
      return ["accepted"];
    };

    expect(refusal("{ not json")).toEqual(["malformed_json", "The body is not valid JSON"]);
    expect(refusal(JSON.stringify({ object: "page", entry: "nope" }))).toEqual([
      "malformed_payload",
      "Not a Meta webhook delivery: entry: expected array",
    ]);
    expect(refusal(JSON.stringify({ object: "user", entry: [{ id: "P" }] }))[0]).toBe("malformed_payload");
  });
});
