import { tzOffset } from "@date-fns/tz/tzOffset";
import { z } from "zod";

const minuteMs = 60_000;
const hourMs = 3_600_000;
const dayMs = 86_400_000;

/** A valid week opens at least once a week, so a search that finds no opening for this long is a bug, not a wait. */
const maxDaysWithoutOpening = 400;

/** Week days in `Date#getUTCDay` order, so a day number indexes this list. */
const weekDayKeys = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

type WeekDayKey = (typeof weekDayKeys)[number];

const clockTimePattern = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;

function minutesOfClockTime(text: string): number {
  return Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
}

function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

const clockTimeSchema = z.string().regex(clockTimePattern, {
  error: (issue) =>
    `must be a time of day written "HH:MM" from "00:00" to "24:00", such as "09:00"; got ${JSON.stringify(issue.input)}`,
});

const openingIntervalSchema = z
  .tuple([clockTimeSchema, clockTimeSchema])
  .refine(([opensAt, closesAt]) => minutesOfClockTime(opensAt) < minutesOfClockTime(closesAt), {
    // A malformed time already has its own message; comparing it would only add a confusing second one.
    when: (payload) => payload.issues.length === 0,
    error: (issue) => {
      const [opensAt, closesAt] = issue.input as [string, string];
      return `opens at "${opensAt}" but closes at "${closesAt}": the opening time must come before the closing time (use "24:00" to close at midnight)`;
    },
  })
  .meta({
    description: 'Open from the first wall-clock time to the second, as ["HH:MM", "HH:MM"]',
    examples: [["09:00", "18:00"]],
  });

const openingDaySchema = z.array(openingIntervalSchema).superRefine((intervals, ctx) => {
  if (!intervals.every(([opensAt, closesAt]) => clockTimePattern.test(opensAt) && clockTimePattern.test(closesAt)))
    return;
  for (let index = 1; index < intervals.length; index++) {
    const [previousOpensAt, previousClosesAt] = intervals[index - 1] as [string, string];
    const [opensAt, closesAt] = intervals[index] as [string, string];
    if (minutesOfClockTime(opensAt) < minutesOfClockTime(previousOpensAt)) {
      ctx.addIssue({
        code: "custom",
        path: [index],
        message: `["${opensAt}", "${closesAt}"] comes after ["${previousOpensAt}", "${previousClosesAt}"] but starts earlier: list a day's intervals from morning to night`,
      });
    } else if (minutesOfClockTime(opensAt) < minutesOfClockTime(previousClosesAt)) {
      ctx.addIssue({
        code: "custom",
        path: [index],
        message: `["${opensAt}", "${closesAt}"] overlaps ["${previousOpensAt}", "${previousClosesAt}"]: a day's intervals must not overlap (merge them into one)`,
      });
    }
  }
});

const weeklyHoursSchema = z
  .strictObject(
    {
      mon: openingDaySchema.optional(),
      tue: openingDaySchema.optional(),
      wed: openingDaySchema.optional(),
      thu: openingDaySchema.optional(),
      fri: openingDaySchema.optional(),
      sat: openingDaySchema.optional(),
      sun: openingDaySchema.optional(),
    },
    {
      error: (issue) =>
        issue.code === "unrecognized_keys"
          ? `unknown day ${issue.keys.map((key) => `"${key}"`).join(", ")}: days are mon, tue, wed, thu, fri, sat and sun`
          : undefined,
    },
  )
  .refine((weekly) => Object.values(weekly).some((intervals) => intervals !== undefined && intervals.length > 0), {
    message: 'opens at no time: give at least one interval in the week, such as "mon": [["09:00", "18:00"]]',
    when: (payload) => payload.issues.length === 0,
  })
  .meta({ description: "Opening intervals per week day, in wall-clock time of timeZone; a missing day is closed" });

/**
 * When a queue is staffed: opening intervals per week day, in wall-clock time of an IANA time zone. The first-response
 * clock of a queue with business hours runs only inside them.
 *
 * @example
 * ```ts
 * const hours = businessHoursSchema.parse({
 *   timeZone: "Europe/Paris",
 *   weekly: { mon: [["09:00", "12:00"], ["13:00", "18:00"]], fri: [["09:00", "17:00"]] },
 * });
 * ```
 */
export const businessHoursSchema = z
  .object({
    timeZone: z
      .string()
      .refine(isKnownTimeZone, {
        error: (issue) =>
          `unknown time zone "${String(issue.input)}": use an IANA time zone name such as "Europe/Paris" or "America/New_York"`,
      })
      .meta({ description: "IANA time zone the opening times are in", examples: ["Europe/Paris"] }),
    weekly: weeklyHoursSchema,
  })
  .strict();

export type BusinessHours = z.infer<typeof businessHoursSchema>;

interface CompiledHours {
  timeZone: string;
  /** Opening intervals as [opening minute, closing minute] of the day, indexed like `weekDayKeys`. */
  openingMinutesByWeekDay: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
}

const compiledHoursCache = new WeakMap<BusinessHours, CompiledHours>();

function compile(hours: BusinessHours): CompiledHours {
  let compiled = compiledHoursCache.get(hours);
  if (!compiled) {
    const weekly: Partial<Record<WeekDayKey, [string, string][]>> = hours.weekly;
    compiled = {
      timeZone: hours.timeZone,
      openingMinutesByWeekDay: weekDayKeys.map((key) =>
        (weekly[key] ?? []).map(
          ([opensAt, closesAt]) => [minutesOfClockTime(opensAt), minutesOfClockTime(closesAt)] as const,
        ),
      ),
    };
    compiledHoursCache.set(hours, compiled);
  }
  return compiled;
}

function offsetMsAt(timeZone: string, instantMs: number): number {
  return Math.round(tzOffset(timeZone, new Date(instantMs)) * minuteMs);
}

/** Days since 1970-01-01 of the calendar date the zone's clocks show at `instantMs`. */
function localDayAt(timeZone: string, instantMs: number): number {
  return Math.floor((instantMs + offsetMsAt(timeZone, instantMs)) / dayMs);
}

/**
 * The first instant at which the zone's clocks show `wallMs` (a wall-clock time written as if it were UTC) or later,
 * given the offsets before and after the one change of offset near it. So a time shown twice when clocks go back
 * counts at its first showing, and a time skipped when clocks go forward maps to the instant of the jump.
 */
function firstInstantShowing(timeZone: string, wallMs: number, offsetBeforeMs: number, offsetAfterMs: number): number {
  const beforeChange = wallMs - offsetBeforeMs;
  if (offsetMsAt(timeZone, beforeChange) === offsetBeforeMs) return beforeChange;
  const afterChange = wallMs - offsetAfterMs;
  if (offsetMsAt(timeZone, afterChange) === offsetAfterMs) return afterChange;
  // Skipped: the jump lies between the two readings. Offsets change on whole seconds, so search whole seconds.
  let stillBeforeMs = afterChange;
  let alreadyAfterMs = beforeChange;
  while (alreadyAfterMs - stillBeforeMs > 1000) {
    const middleMs = stillBeforeMs + Math.floor((alreadyAfterMs - stillBeforeMs) / 2000) * 1000;
    if (offsetMsAt(timeZone, middleMs) === offsetBeforeMs) stillBeforeMs = middleMs;
    else alreadyAfterMs = middleMs;
  }
  return alreadyAfterMs;
}

/** The day's opening intervals as [open, close) instants in ms, non-empty and in order. */
function openingsOnLocalDay(hours: CompiledHours, localDay: number): [number, number][] {
  const intervals = hours.openingMinutesByWeekDay[(((localDay + 4) % 7) + 7) % 7] ?? [];
  if (intervals.length === 0) return [];
  const midnightWallMs = localDay * dayMs;
  // Offsets lie within -12 h and +14 h, so every instant of this day (and of its "24:00") lies between these two.
  const offsetBeforeMs = offsetMsAt(hours.timeZone, midnightWallMs - 15 * hourMs);
  const offsetAfterMs = offsetMsAt(hours.timeZone, midnightWallMs + dayMs + 15 * hourMs);
  const instantOf = (minuteOfDay: number) => {
    const wallMs = midnightWallMs + minuteOfDay * minuteMs;
    return offsetBeforeMs === offsetAfterMs
      ? wallMs - offsetBeforeMs
      : firstInstantShowing(hours.timeZone, wallMs, offsetBeforeMs, offsetAfterMs);
  };
  const openings: [number, number][] = [];
  for (const [opensAtMinute, closesAtMinute] of intervals) {
    const openMs = instantOf(opensAtMinute);
    const closeMs = instantOf(closesAtMinute);
    if (openMs < closeMs) openings.push([openMs, closeMs]);
  }
  return openings;
}

function instantMsOf(date: Date, name: string): number {
  const instantMs = date.getTime();
  if (Number.isNaN(instantMs)) throw new RangeError(`${name} is an invalid Date`);
  return instantMs;
}

/**
 * The instant at which `durationMs` of business time has elapsed after `start`: the due time of a first-response
 * target. Without `hours` the clock always runs, so this is plain addition. With `hours` the clock runs only inside
 * the opening intervals; a start outside them waits for the next opening.
 *
 * Opening times are wall-clock times in `hours.timeZone`, so the clock follows daylight-saving changes: a time shown
 * twice when clocks go back counts at its first showing, a time skipped when clocks go forward counts from the jump,
 * and a day open "00:00"-"24:00" lasts 23 or 25 hours on those days. A duration that ends exactly at a closing time
 * returns that closing time.
 *
 * @param start - when the clock starts (the message was received, or the clock resumed).
 * @param durationMs - business time to add, in milliseconds, at least 0.
 * @param hours - the queue's business hours; omit for a clock that never stops.
 * @throws RangeError when `start` is invalid, `durationMs` is negative or not finite, or `hours` has no opening
 *   (which `businessHoursSchema` rejects).
 * @example
 * ```ts
 * const hours = businessHoursSchema.parse({
 *   timeZone: "Europe/Paris",
 *   weekly: { mon: [["09:00", "18:00"]], tue: [["09:00", "18:00"]], wed: [["09:00", "18:00"]],
 *     thu: [["09:00", "18:00"]], fri: [["09:00", "18:00"]] },
 * });
 * // Friday 17:30 in Paris, 1 hour target: 30 minutes on Friday, 30 minutes on Monday.
 * addBusinessTime(new Date("2026-01-16T16:30:00Z"), 3_600_000, hours); // 2026-01-19T08:30:00.000Z, Monday 09:30
 * ```
 */
export function addBusinessTime(start: Date, durationMs: number, hours?: BusinessHours): Date {
  const startMs = instantMsOf(start, "start");
  if (!Number.isFinite(durationMs) || durationMs < 0) {
    throw new RangeError(`durationMs must be a finite number of milliseconds, at least 0; got ${durationMs}`);
  }
  if (!hours) return new Date(startMs + durationMs);
  const compiled = compile(hours);
  let remainingMs = durationMs;
  let daysWithoutOpening = 0;
  for (let localDay = localDayAt(compiled.timeZone, startMs) - 1; ; localDay++) {
    let opened = false;
    for (const [openMs, closeMs] of openingsOnLocalDay(compiled, localDay)) {
      if (closeMs <= startMs) continue;
      opened = true;
      const countedFromMs = Math.max(openMs, startMs);
      if (remainingMs <= closeMs - countedFromMs) return new Date(countedFromMs + remainingMs);
      remainingMs -= closeMs - countedFromMs;
    }
    daysWithoutOpening = opened ? 0 : daysWithoutOpening + 1;
    if (daysWithoutOpening > maxDaysWithoutOpening) {
      throw new RangeError(`business hours in ${hours.timeZone} open at no time in ${maxDaysWithoutOpening} days`);
    }
  }
}

/**
 * The business time, in milliseconds, between two instants: how long the clock of a queue with these hours runs from
 * `from` to `to`, or 0 when `to` is not after `from`. Without `hours`, plain subtraction. It is the inverse of
 * {@link addBusinessTime}: `businessTimeBetween(start, addBusinessTime(start, d, hours), hours) === d`.
 *
 * @param from - start of the span (included).
 * @param to - end of the span (excluded).
 * @param hours - the queue's business hours; omit for a clock that never stops.
 * @throws RangeError when `from` or `to` is an invalid Date.
 * @example
 * ```ts
 * // Pause and resume: the target left when the clock paused runs again from the resumption.
 * const remainingMs = targetMs - businessTimeBetween(receivedAt, pausedAt, hours);
 * const dueAt = addBusinessTime(resumedAt, Math.max(0, remainingMs), hours);
 * ```
 */
export function businessTimeBetween(from: Date, to: Date, hours?: BusinessHours): number {
  const fromMs = instantMsOf(from, "from");
  const toMs = instantMsOf(to, "to");
  if (toMs <= fromMs) return 0;
  if (!hours) return toMs - fromMs;
  const compiled = compile(hours);
  const lastLocalDay = localDayAt(compiled.timeZone, toMs) + 1;
  let businessMs = 0;
  for (let localDay = localDayAt(compiled.timeZone, fromMs) - 1; localDay <= lastLocalDay; localDay++) {
    for (const [openMs, closeMs] of openingsOnLocalDay(compiled, localDay)) {
      businessMs += Math.max(0, Math.min(closeMs, toMs) - Math.max(openMs, fromMs));
    }
  }
  return businessMs;
}

/**
 * Whether the SLA clock of a queue with these hours runs at `at`: inside an opening interval (opening time included,
 * closing time excluded). Without `hours`, always.
 *
 * @throws RangeError when `at` is an invalid Date.
 * @example
 * ```ts
 * const hours = businessHoursSchema.parse({ timeZone: "America/New_York", weekly: { mon: [["09:00", "17:00"]] } });
 * isOpen(new Date("2026-01-12T14:00:00Z"), hours); // true: Monday 09:00 in New York
 * isOpen(new Date("2026-01-12T22:00:00Z"), hours); // false: Monday 17:00 in New York
 * ```
 */
export function isOpen(at: Date, hours?: BusinessHours): boolean {
  const atMs = instantMsOf(at, "at");
  if (!hours) return true;
  const compiled = compile(hours);
  const localDay = localDayAt(compiled.timeZone, atMs);
  for (let day = localDay - 1; day <= localDay + 1; day++) {
    for (const [openMs, closeMs] of openingsOnLocalDay(compiled, day)) {
      if (openMs <= atMs && atMs < closeMs) return true;
    }
  }
  return false;
}
