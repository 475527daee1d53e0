import type { PageNotice } from "./pager.ts";

/**
 * For tests: a page for the billing queue, three cases overdue, the oldest waiting 12 minutes; override what a test
 * is about.
 *
 * @example
 * ```ts
 * const resolve = sampleNotice({ action: "resolve" });
 * ```
 */
export function sampleNotice(overrides: Partial<PageNotice> = {}): PageNotice {
  return {
    action: "trigger",
    pageId: "pg_01J9Z3K7QYV2",
    dedupKey: "firstreply:billing:2026-10-21T07:15:00Z",
    queueId: "billing",
    queueName: "billing",
    responderName: "Billing on-call",
    level: 0,
    overdueCount: 3,
    overdueCaseIds: ["case_7Q2", "case_7Q5", "case_7QA"],
    oldestCaseId: "case_7Q2",
    oldestAgeSeconds: 725,
    oldestExcerpt: "I was charged twice for order ****42 and nobody answers. Where is my refund?",
    oldestUrl: "https://www.facebook.com/118204355731962/posts/1209913347725510?comment_id=1034528716402277",
    consoleUrl: "https://care.example.com/api/cases?queue=billing",
    ...overrides,
  };
}
