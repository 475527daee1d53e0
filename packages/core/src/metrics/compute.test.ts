import { describe, expect, it } from "vitest";
import type { CaseRecord } from "../cases/store.ts";
import type { PageRecord } from "../paging/schema.ts";
import { computeMetrics, type Stats } from "./compute.ts";

const from = new Date("2025-03-03T00:00:00.000Z");
const to = new Date("2025-03-04T00:00:00.000Z");
/** Cases arrive at 09:00 with a one-hour target unless a test says otherwise. */
const received = Date.parse("2025-03-03T09:00:00.000Z");
const now = new Date("2025-03-03T12:00:00.000Z");

/** The instant `seconds` after the default arrival time. */
const sinceArrival = (seconds: number): string => new Date(received + seconds * 1000).toISOString();

let sequence = 0;

/** A question received at 09:00 on Facebook in the `general` queue, due at 10:00, not yet acknowledged or answered. */
const caseRecord = (overrides: Partial<CaseRecord> = {}): CaseRecord => {
  sequence += 1;
  return {
    id: `facebook:1_${sequence}`,
    platform: "facebook",
    channel: "public",
    externalId: `1_${sequence}`,
    threadId: "1",
    author: { id: `author-${sequence}`, name: "Dana" },
    text: "Where is my order?",
    url: null,
    language: "en",
    kind: "question",
    sensitive: false,
    queue: "general",
    status: "open",
    receivedAt: sinceArrival(0),
    acknowledgedAt: null,
    firstResponseDueAt: sinceArrival(3600),
    respondedAt: null,
    closedAt: null,
    pausedAt: null,
    breached: false,
    firstResponseTarget: "PT1H",
    acknowledgement: { status: "none", replyIds: [] },
    needsHuman: null,
    revision: 1,
    businessHours: null,
    accountId: "page-1",
    replyTarget: { kind: "comment", commentId: `1_${sequence}` },
    privateTarget: null,
    sensitiveKinds: [],
    ackText: null,
    ackPurpose: null,
    ackClaimedAt: null,
    humanReplyIds: [],
    ...overrides,
  };
};

/** A case a person answered `seconds` after it arrived. */
const answeredAfter = (seconds: number, overrides: Partial<CaseRecord> = {}): CaseRecord =>
  caseRecord({ status: "responded", respondedAt: sinceArrival(seconds), ...overrides });

/** A case acknowledged automatically `seconds` after it arrived. */
const acknowledgedAfter = (seconds: number, overrides: Partial<CaseRecord> = {}): CaseRecord =>
  caseRecord({
    status: "acknowledged",
    acknowledgedAt: sinceArrival(seconds),
    acknowledgement: { status: "sent", replyIds: [`ack-${sequence}`] },
    ...overrides,
  });

/** A page of the `general` queue triggered at 10:05, still at its first responder. */
const pageRecord = (overrides: Partial<PageRecord> = {}): PageRecord => {
  sequence += 1;
  return {
    id: `page-${sequence}`,
    queue: "general",
    dedupKey: `general:${sequence}`,
    status: "triggered",
    level: 0,
    responder: "Sam",
    triggeredAt: sinceArrival(3900),
    acknowledgedAt: null,
    acknowledgedBy: null,
    resolvedAt: null,
    escalateAt: sinceArrival(4800),
    overdueCount: 1,
    overdueCaseIds: ["facebook:1_1"],
    oldestCaseId: "facebook:1_1",
    oldestDueAt: sinceArrival(3600),
    oldestReceivedAt: sinceArrival(0),
    oldestExcerpt: "Where is my order?",
    oldestUrl: null,
    notices: [],
    history: [{ at: sinceArrival(3900), event: "triggered" }],
    revision: 1,
    ...overrides,
  };
};

const measure = (cases: CaseRecord[], pages: PageRecord[] = [], at: Date = now) =>
  computeMetrics({ cases, pages, now: at, from, to });

describe("computeMetrics", () => {
  it("reports zeros and nulls for a window with nothing in it", () => {
    // Prepare
    const cases: CaseRecord[] = [];

    // Act
    const metrics = measure(cases);

    // Assess
    expect(metrics).toEqual({
      window: { from: "2025-03-03T00:00:00.000Z", to: "2025-03-04T00:00:00.000Z" },
      overall: {
        cases: 0,
        needingAnswer: 0,
        answered: 0,
        answeredWithinTarget: 0,
        responseRate: null,
        responseRateWithinTarget: null,
        acknowledged: 0,
        timeToAcknowledgementSeconds: { median: null, p90: null },
        timeToFirstResponseSeconds: { median: null, p90: null },
        breaches: 0,
        overdueNow: 0,
        acknowledgedThenAnsweredInTime: 0,
        pages: 0,
        escalations: 0,
      },
      byQueue: {},
      byPlatform: {},
      byTemplate: {},
    });
  });

  it("shows per acknowledgement template how often a person answered in time and how customers wrote back", () => {
    // Prepare: variant 0 answered in time, twice, with a calm follow-up; variant 1 missed, with two angry ones.
    const template = (
      ackTemplate: string,
      respondedAfter: number | null,
      followUps: { negative: number; neutral: number; positive: number },
    ) =>
      caseRecord({
        ackTemplate,
        acknowledgedAt: sinceArrival(5),
        respondedAt: respondedAfter === null ? null : sinceArrival(respondedAfter),
        status: respondedAfter === null ? "acknowledged" : "responded",
        followUps,
      });
    const cases = [
      template("acknowledge/complaint/en#0", 600, { negative: 0, neutral: 1, positive: 0 }),
      template("acknowledge/complaint/en#0", 1200, { negative: 0, neutral: 0, positive: 0 }),
      template("acknowledge/complaint/en#1", null, { negative: 2, neutral: 0, positive: 0 }),
      caseRecord({ ackTemplate: null }),
    ];

    // Act
    const { byTemplate } = measure(cases);

    // Assess
    expect(byTemplate).toEqual({
      "acknowledge/complaint/en#0": {
        acknowledgements: 2,
        answeredWithinTarget: 2,
        followUps: { negative: 0, neutral: 1, positive: 0 },
      },
      "acknowledge/complaint/en#1": {
        acknowledgements: 1,
        answeredWithinTarget: 0,
        followUps: { negative: 2, neutral: 0, positive: 0 },
      },
    });
  });

  it("counts as on time the answers given by the due time, and late or missing answers against the rate", () => {
    // Prepare
    const cases = [
      answeredAfter(1800), // on time
      answeredAfter(3600), // exactly at the due time: on time
      answeredAfter(5400), // late
      caseRecord(), // unanswered and past due at noon
    ];

    // Act
    const { overall } = measure(cases);

    // Assess
    expect(overall).toMatchObject({ cases: 4, needingAnswer: 4, answered: 3, answeredWithinTarget: 2 });
    expect(overall.responseRate).toBe(0.75);
    expect(overall.responseRateWithinTarget).toBe(0.5);
  });

  it("rounds the response rates to four decimals", () => {
    // Prepare
    const cases = [answeredAfter(60), answeredAfter(7200), caseRecord()];

    // Act
    const { overall } = measure(cases);

    // Assess
    expect(overall.responseRate).toBe(0.6667);
    expect(overall.responseRateWithinTarget).toBe(0.3333);
  });

  it("leaves spam and praise thanked automatically out of the cases needing an answer", () => {
    // Prepare
    const spam = caseRecord({ kind: "spam", status: "closed", closedAt: sinceArrival(0) });
    const thankedPraise = acknowledgedAfter(4, {
      kind: "praise",
      status: "closed",
      closedAt: sinceArrival(4),
      acknowledgement: { status: "sent", replyIds: ["thanks-1"] },
    });
    const spamSomeoneAnsweredLate = answeredAfter(7200, { kind: "spam" });
    const question = answeredAfter(600);

    // Act
    const { overall } = measure([spam, thankedPraise, spamSomeoneAnsweredLate, question]);

    // Assess
    expect(overall).toMatchObject({
      cases: 4,
      needingAnswer: 1,
      answered: 1,
      answeredWithinTarget: 1,
      responseRate: 1,
      responseRateWithinTarget: 1,
      breaches: 0,
      overdueNow: 0,
    });
    expect(overall.acknowledged).toBe(1);
  });

  it("leaves out a case closed without a human response, but keeps one closed after an answer", () => {
    // Prepare
    const duplicateClosedByOperator = caseRecord({ status: "closed", closedAt: sinceArrival(120) });
    const removedByAuthor = caseRecord({ status: "closed", closedAt: sinceArrival(7200) });
    const answeredThenClosed = answeredAfter(5400, { status: "closed", closedAt: sinceArrival(6000) });

    // Act
    const { overall } = measure([duplicateClosedByOperator, removedByAuthor, answeredThenClosed]);

    // Assess
    expect(overall).toMatchObject({ cases: 3, needingAnswer: 1, answered: 1, answeredWithinTarget: 0, breaches: 1 });
    // Answered, but late: a response, not one within target.
    expect(overall.responseRate).toBe(1);
    expect(overall.responseRateWithinTarget).toBe(0);
    expect(overall.overdueNow).toBe(0);
  });

  it("counts as breaches the late answers and the unanswered cases past due, not those still within target", () => {
    // Prepare
    const cases = [
      answeredAfter(3601), // late by a second
      answeredAfter(3000), // on time
      caseRecord(), // due 10:00, unanswered at noon
      caseRecord({ firstResponseDueAt: now.toISOString() }), // due exactly now: not yet late
      caseRecord({ receivedAt: sinceArrival(9000), firstResponseDueAt: sinceArrival(12_600) }), // due 12:30
    ];

    // Act
    const { overall } = measure(cases);

    // Assess
    expect(overall.breaches).toBe(2);
    expect(overall.overdueNow).toBe(1);
    expect(overall.needingAnswer).toBe(5);
  });

  it("judges a case waiting on the customer by the clock when it paused, not by the time now", () => {
    // Prepare: due an hour after arrival (now is 3 h after); one paused 10 min after that (already late), one paused
    // 1 min in and left waiting far past its stored due time (its clock is stopped: not late).
    const pausedWhenLate = caseRecord({ status: "waiting", pausedAt: sinceArrival(4200) });
    const pausedInTime = caseRecord({ status: "waiting", pausedAt: sinceArrival(60) });

    // Act
    const { overall } = measure([pausedWhenLate, pausedInTime]);

    // Assess
    expect(overall).toMatchObject({
      needingAnswer: 2,
      answered: 0,
      breaches: 1,
      overdueNow: 1,
      responseRate: 0,
      responseRateWithinTarget: 0,
    });
  });

  it("takes the nearest-rank median and p90 of an odd number of response times, whatever their order", () => {
    // Prepare
    const five = [50, 10, 40, 20, 30].map((seconds) => answeredAfter(seconds));
    const seven = [70, 10, 60, 20, 50, 30, 40].map((seconds) => answeredAfter(seconds));

    // Act
    const ofFive = measure(five).overall.timeToFirstResponseSeconds;
    const ofSeven = measure(seven).overall.timeToFirstResponseSeconds;

    // Assess
    expect(ofFive).toEqual({ median: 30, p90: 50 });
    expect(ofSeven).toEqual({ median: 40, p90: 70 });
  });

  it("takes the lower middle as the median of an even number of response times, and p90 of 1..10 as 9", () => {
    // Prepare
    const four = [4, 1, 3, 2].map((seconds) => answeredAfter(seconds));
    const ten = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1].map((seconds) => answeredAfter(seconds));

    // Act
    const ofFour = measure(four).overall.timeToFirstResponseSeconds;
    const ofTen = measure(ten).overall.timeToFirstResponseSeconds;

    // Assess
    expect(ofFour).toEqual({ median: 2, p90: 4 });
    expect(ofTen).toEqual({ median: 5, p90: 9 });
  });

  it("measures time to first response over answered cases only, in seconds with one decimal", () => {
    // Prepare
    const cases = [
      answeredAfter(61.25),
      answeredAfter(12.04),
      caseRecord(), // unanswered: no time to measure
      answeredAfter(100, { kind: "spam", status: "closed", closedAt: sinceArrival(0) }), // spam is not measured
    ];

    // Act
    const { overall } = measure(cases);

    // Assess
    expect(overall.timeToFirstResponseSeconds).toEqual({ median: 12, p90: 61.3 });
  });

  it("measures time to acknowledgement over the acknowledged cases", () => {
    // Prepare
    const cases = [
      acknowledgedAfter(12.34),
      acknowledgedAfter(60),
      acknowledgedAfter(5),
      caseRecord(), // never acknowledged
    ];

    // Act
    const { overall } = measure(cases);

    // Assess
    expect(overall.acknowledged).toBe(3);
    expect(overall.timeToAcknowledgementSeconds).toEqual({ median: 12.3, p90: 60 });
  });

  it("counts an acknowledgement stamped a moment before the case's arrival as immediate", () => {
    // Prepare
    const cases = [acknowledgedAfter(-1)]; // the platform's clock a second behind ours

    // Act
    const { overall } = measure(cases);

    // Assess
    expect(overall.timeToAcknowledgementSeconds).toEqual({ median: 0, p90: 0 });
  });

  it("counts the cases acknowledged automatically and then answered by a person within target", () => {
    // Prepare
    const cases = [
      acknowledgedAfter(3, { status: "responded", respondedAt: sinceArrival(1200) }), // the flow working as meant
      acknowledgedAfter(3, { status: "responded", respondedAt: sinceArrival(4000) }), // answered late
      answeredAfter(1200), // answered on time, never acknowledged
      acknowledgedAfter(1300, { status: "responded", respondedAt: sinceArrival(1200) }), // a person was first
      acknowledgedAfter(3), // acknowledged, never answered
    ];

    // Act
    const { overall } = measure(cases);

    // Assess
    expect(overall.acknowledgedThenAnsweredInTime).toBe(1);
    expect(overall.acknowledged).toBe(4);
  });

  it("splits the numbers per queue and per platform, each split summing to the overall numbers", () => {
    // Prepare
    const cases = [
      caseRecord({
        queue: "general",
        platform: "instagram",
        kind: "spam",
        status: "closed",
        closedAt: sinceArrival(0),
      }),
      answeredAfter(600, { queue: "billing", platform: "facebook" }),
      answeredAfter(5400, { queue: "billing", platform: "instagram" }),
      caseRecord({ queue: "billing", platform: "instagram" }),
      acknowledgedAfter(10, {
        queue: "general",
        platform: "facebook",
        status: "responded",
        respondedAt: sinceArrival(120),
      }),
    ];

    // Act
    const metrics = measure(cases);

    // Assess
    expect(Object.keys(metrics.byQueue)).toEqual(["billing", "general"]);
    expect(Object.keys(metrics.byPlatform)).toEqual(["facebook", "instagram"]);
    expect(metrics.byQueue.billing).toMatchObject({
      cases: 3,
      needingAnswer: 3,
      answered: 2,
      answeredWithinTarget: 1,
      responseRate: 0.6667,
      responseRateWithinTarget: 0.3333,
      breaches: 2,
      overdueNow: 1,
      timeToFirstResponseSeconds: { median: 600, p90: 5400 },
    });
    expect(metrics.byQueue.general).toMatchObject({
      cases: 2,
      needingAnswer: 1,
      answered: 1,
      responseRate: 1,
      acknowledged: 1,
      acknowledgedThenAnsweredInTime: 1,
      timeToFirstResponseSeconds: { median: 120, p90: 120 },
      timeToAcknowledgementSeconds: { median: 10, p90: 10 },
    });
    expect(metrics.byPlatform.facebook).toMatchObject({ cases: 2, needingAnswer: 2, answered: 2, breaches: 0 });
    expect(metrics.byPlatform.instagram).toMatchObject({ cases: 3, needingAnswer: 2, answered: 1, breaches: 2 });
    const counters = [
      "cases",
      "needingAnswer",
      "answered",
      "answeredWithinTarget",
      "acknowledged",
      "breaches",
      "overdueNow",
      "acknowledgedThenAnsweredInTime",
    ] as const;
    const sum = (slices: Record<string, Stats>, counter: (typeof counters)[number]) =>
      Object.values(slices).reduce((total, stats) => total + stats[counter], 0);
    for (const counter of counters) {
      expect(sum(metrics.byQueue, counter), `byQueue ${counter}`).toBe(metrics.overall[counter]);
      expect(sum(metrics.byPlatform, counter), `byPlatform ${counter}`).toBe(metrics.overall[counter]);
    }
    expect(metrics.overall).toMatchObject({ cases: 5, needingAnswer: 4, answered: 3, breaches: 2 });
  });

  it("counts pages and escalations toward their queue and never toward a platform", () => {
    // Prepare
    const cases = [caseRecord({ queue: "billing" })];
    const pages = [
      pageRecord({ queue: "billing", level: 0 }),
      pageRecord({ queue: "billing", level: 2, status: "acknowledged" }),
      pageRecord({ queue: "general", level: 1, status: "resolved" }),
    ];

    // Act
    const metrics = measure(cases, pages);

    // Assess
    expect(metrics.overall).toMatchObject({ pages: 3, escalations: 2 });
    expect(metrics.byQueue.billing).toMatchObject({ pages: 2, escalations: 1, cases: 1 });
    expect(metrics.byQueue.general).toMatchObject({ pages: 1, escalations: 1, cases: 0, responseRate: null });
    expect(metrics.byPlatform.facebook).toMatchObject({ pages: 0, escalations: 0, cases: 1 });
  });

  it("ignores cases received and pages triggered outside [from, to)", () => {
    // Prepare
    const cases = [
      caseRecord({ receivedAt: from.toISOString(), firstResponseDueAt: sinceArrival(0) }), // at the start: in
      caseRecord({ receivedAt: "2025-03-02T23:59:59.999Z", queue: "before" }),
      caseRecord({ receivedAt: to.toISOString(), queue: "after" }),
    ];
    const pages = [
      pageRecord({ triggeredAt: from.toISOString() }),
      pageRecord({ triggeredAt: to.toISOString(), level: 1 }),
    ];

    // Act
    const metrics = measure(cases, pages);

    // Assess
    expect(metrics.overall).toMatchObject({ cases: 1, breaches: 1, pages: 1, escalations: 0 });
    expect(Object.keys(metrics.byQueue)).toEqual(["general"]);
  });
});
