import { describe, expect, it } from "vitest";
import { ageText, summaryOf } from "./pager.ts";
import { sampleNotice } from "./sample-notice.ts";

describe("summaryOf", () => {
  it("names the queue, how many cases are overdue, the oldest age and who is paged", () => {
    // Prepare
    const notice = sampleNotice();

    // Act
    const summary = summaryOf(notice);

    // Assess
    expect(summary).toBe("billing: 3 cases overdue, oldest 12 min (Billing on-call)");
  });

  it("says 1 case, not 1 cases", () => {
    // Act
    const summary = summaryOf(sampleNotice({ overdueCount: 1, oldestAgeSeconds: 45 }));

    // Assess
    expect(summary).toBe("billing: 1 case overdue, oldest 45 s (Billing on-call)");
  });

  it("marks an escalation with its level", () => {
    // Act
    const summary = summaryOf(sampleNotice({ level: 1, responderName: "Care lead", oldestAgeSeconds: 1500 }));

    // Assess
    expect(summary).toBe("billing: 3 cases overdue, oldest 25 min (Care lead, escalation 1)");
  });

  it("says the queue is answered on a resolve", () => {
    // Act
    const summary = summaryOf(sampleNotice({ action: "resolve", overdueCount: 0 }));

    // Assess
    expect(summary).toBe("billing: answered, no case overdue");
  });
});

describe("ageText", () => {
  it("reads seconds, minutes, hours and days the way a person says them", () => {
    // Prepare
    const ages = [0, 59, 60, 725, 3600, 7500, 86_400, 97_200];

    // Act
    const texts = ages.map(ageText);

    // Assess
    expect(texts).toEqual(["0 s", "59 s", "1 min", "12 min", "1 h", "2 h 5 min", "1 d", "1 d 3 h"]);
  });
});
