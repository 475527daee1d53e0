import type { HistoryEntry } from "./schema.ts";
import type { AckOutcome, CaseChange } from "./store.ts";

/**
 * The state changes a case goes through, as pure functions of the current record. Each returns the next record (and
 * the history entry it causes), or null when there is nothing to do from this state: that is what makes every one of
 * them safe to retry. The store applies them atomically (`CaseStore.mutate`).
 *
 * @example
 * ```ts
 * await store.mutate(id, claimAcknowledgement("Hi Dana, ...", "acknowledge", now));
 * ```
 */
export const claimAcknowledgement =
  (text: string, purpose: string, at: string, template: string | null = null): CaseChange =>
  (record) =>
    record.acknowledgement.status !== "pending"
      ? null
      : {
          record: {
            ...record,
            acknowledgement: { ...record.acknowledgement, status: "sending" },
            ackText: text,
            ackPurpose: purpose,
            ackTemplate: template,
            ackClaimedAt: at,
          },
        };

/**
 * sending -> sending with a new claim, taken over from a claimant whose lease ran out (it crashed): only the one
 * that read the old claim may take it, so of two redeliveries one reconciles.
 */
export const reclaimAcknowledgement =
  (previousClaimAt: string | null, at: string): CaseChange =>
  (record) =>
    record.acknowledgement.status !== "sending" || record.ackClaimedAt !== previousClaimAt
      ? null
      : { record: { ...record, ackClaimedAt: at } };

/** sending -> pending, after a send that surely did not reach the platform. */
export const releaseAcknowledgement = (): CaseChange => (record) =>
  record.acknowledgement.status !== "sending"
    ? null
    : { record: { ...record, acknowledgement: { ...record.acknowledgement, status: "pending" }, ackClaimedAt: null } };

/** sending -> the outcome; or unknown -> sent when the platform's echo proves it went out. */
export const finishAcknowledgement =
  (outcome: AckOutcome, entry: HistoryEntry): CaseChange =>
  (record) => {
    const from = record.acknowledgement.status;
    if (from !== "sending" && !(from === "unknown" && outcome.status === "sent")) return null;
    const sent = outcome.status === "sent";
    let status = record.status;
    if (sent && status === "open") status = "acknowledged";
    if (outcome.close && status !== "responded") status = "closed";
    return {
      record: {
        ...record,
        status,
        acknowledgement: {
          status: outcome.status,
          replyIds: [...record.acknowledgement.replyIds, ...outcome.replyIds],
        },
        acknowledgedAt: sent ? (record.acknowledgedAt ?? outcome.at) : record.acknowledgedAt,
        closedAt: status === "closed" ? (record.closedAt ?? outcome.at) : record.closedAt,
        needsHuman: outcome.needsHuman,
      },
      entry,
    };
  };

/** A person answered (through the API, or on the platform): the first one stops the SLA clock. */
export const recordHumanReply =
  (at: string, entry: HistoryEntry, replyId: string | null): CaseChange =>
  (record) => {
    if (replyId && record.humanReplyIds.includes(replyId)) return null;
    const first = !record.respondedAt;
    return {
      record: {
        ...record,
        respondedAt: record.respondedAt ?? at,
        breached: record.breached || (first && Date.parse(at) > Date.parse(record.firstResponseDueAt)),
        status: record.status === "closed" ? "closed" : "responded",
        pausedAt: null,
        humanReplyIds: replyId ? [...record.humanReplyIds, replyId] : record.humanReplyIds,
        needsHuman: null,
      },
      entry: { ...entry, firstResponse: first },
    };
  };

/** The author edited the item: keep the newest text; once sensitive, always sensitive. */
export const updateContent =
  (content: { text: string; sensitive: boolean; sensitiveKinds: string[] }, entry: HistoryEntry): CaseChange =>
  (record) =>
    record.text === content.text ? null : { record: { ...record, ...content }, entry };

export const closeCase =
  (at: string, entry: HistoryEntry): CaseChange =>
  (record) =>
    record.status === "closed" ? null : { record: { ...record, status: "closed", closedAt: at }, entry };

/** The team waits on the customer: the first-response clock stops until `resumeClock`. */
export const pauseClock =
  (at: string, entry: HistoryEntry): CaseChange =>
  (record) =>
    record.status === "closed" || record.status === "waiting" || record.respondedAt
      ? null
      : { record: { ...record, status: "waiting", pausedAt: at }, entry };

/** The clock runs again, due `dueAt` (the time left when it stopped, from now, in business time). */
export const resumeClock =
  (dueAt: string, entry: HistoryEntry): CaseChange =>
  (record) =>
    record.status !== "waiting"
      ? null
      : {
          record: {
            ...record,
            status: record.acknowledgedAt ? "acknowledged" : "open",
            pausedAt: null,
            firstResponseDueAt: dueAt,
          },
          entry,
        };

/** Something needs a person's eyes (the customer wrote again after our answer, or shared account details). */
export const flagForHuman =
  (reason: string, sensitive: boolean, sensitiveKinds: string[]): CaseChange =>
  (record) => ({
    record: {
      ...record,
      needsHuman: reason,
      sensitive: record.sensitive || sensitive,
      sensitiveKinds: [...new Set([...record.sensitiveKinds, ...sensitiveKinds])],
    },
  });

/**
 * A follow-up shows what the first item did not (a bare "this is a joke", then the complaint): the case takes the
 * more pressing kind, and one that got no acknowledgement becomes due for one.
 */
export const upgradeKind =
  (kind: "complaint" | "question", entry: HistoryEntry): CaseChange =>
  (record) => {
    const rank = { spam: 0, other: 1, praise: 2, question: 3, complaint: 4 } as const;
    if (rank[kind] <= rank[record.kind] || record.status === "closed" || record.respondedAt) return null;
    const acknowledgement =
      record.acknowledgement.status === "none"
        ? { ...record.acknowledgement, status: "pending" as const }
        : record.acknowledgement;
    return { record: { ...record, kind, acknowledgement }, entry };
  };

/**
 * Counts a customer's follow-up by its sentiment (per template, in metrics), and remembers when the customer last
 * wrote: messaging windows (Messenger, Instagram, WhatsApp) count from there.
 */
export const countFollowUp =
  (sentiment: "negative" | "neutral" | "positive", wroteAt: string): CaseChange =>
  (record) => {
    const counts = record.followUps ?? { negative: 0, neutral: 0, positive: 0 };
    const last = record.customerWroteAt ?? record.receivedAt;
    return {
      record: {
        ...record,
        followUps: { ...counts, [sentiment]: counts[sentiment] + 1 },
        customerWroteAt: wroteAt > last ? wroteAt : last,
      },
    };
  };
