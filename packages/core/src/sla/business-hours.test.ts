import { describe, expect, it } from "vitest";
import {
  addBusinessTime,
  type BusinessHours,
  businessHoursSchema,
  businessTimeBetween,
  isOpen,
} from "./business-hours.ts";

const minutesMs = (count: number) => count * 60_000;
const hoursMs = (count: number) => count * 3_600_000;

type OpeningIntervals = [string, string][];

const weekdays = (intervals: OpeningIntervals) => ({
  mon: intervals,
  tue: intervals,
  wed: intervals,
  thu: intervals,
  fri: intervals,
});

const everyDay = (intervals: OpeningIntervals) => ({ ...weekdays(intervals), sat: intervals, sun: intervals });

const businessHoursIn = (timeZone: string, weekly: Record<string, OpeningIntervals>): BusinessHours =>
  businessHoursSchema.parse({ timeZone, weekly });

/** Every issue of a rejected input as "path: message", the way start-up reports it to ops. */
const rejectionsOf = (input: unknown): string[] => {
  const result = businessHoursSchema.safeParse(input);
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
  return result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

// In January, Paris is on CET (UTC+1) and New York on EST (UTC-5).
const parisOfficeHours = businessHoursIn("Europe/Paris", weekdays([["09:00", "18:00"]]));
const parisSplitDays = businessHoursIn(
  "Europe/Paris",
  weekdays([
    ["09:00", "12:00"],
    ["13:00", "17:00"],
  ]),
);
const parisAroundTheClock = businessHoursIn("Europe/Paris", everyDay([["00:00", "24:00"]]));
const parisEveryDayDaytime = businessHoursIn("Europe/Paris", everyDay([["08:00", "20:00"]]));
const parisSundayNightShift = businessHoursIn("Europe/Paris", { sun: [["00:00", "06:00"]] });
const newYorkOfficeHours = businessHoursIn("America/New_York", weekdays([["09:00", "17:00"]]));
const newYorkSundayNightShift = businessHoursIn("America/New_York", { sun: [["00:00", "06:00"]] });

describe("businessHoursSchema", () => {
  it("accepts split days, touching intervals, closed days and a 24:00 close", () => {
    // Prepare
    const input = {
      timeZone: "Europe/Paris",
      weekly: {
        mon: [
          ["09:00", "12:00"],
          ["12:00", "13:00"],
          ["14:00", "18:00"],
        ],
        fri: [["18:00", "24:00"]],
        sat: [["00:00", "02:00"]],
        sun: [],
      },
    };

    // Act
    const result = businessHoursSchema.safeParse(input);

    // Assess
    expect(result.success).toBe(true);
    expect(result.data).toEqual(input);
  });

  it("rejects a time zone that is not an IANA zone", () => {
    // Prepare
    const input = { timeZone: "Mars/Olympus", weekly: weekdays([["09:00", "18:00"]]) };

    // Act
    const rejections = rejectionsOf(input);

    // Assess
    expect(rejections).toEqual([
      'timeZone: unknown time zone "Mars/Olympus": use an IANA time zone name such as "Europe/Paris" or "America/New_York"',
    ]);
  });

  it("rejects times not written HH:MM, or past 24:00", () => {
    // Prepare
    const input = {
      timeZone: "UTC",
      weekly: {
        mon: [["9:00", "18:00"]],
        tue: [["09:00", "24:30"]],
        wed: [["09:00", "18h00"]],
      },
    };

    // Act
    const rejections = rejectionsOf(input);

    // Assess
    expect(rejections).toEqual([
      'weekly.mon.0.0: must be a time of day written "HH:MM" from "00:00" to "24:00", such as "09:00"; got "9:00"',
      'weekly.tue.0.1: must be a time of day written "HH:MM" from "00:00" to "24:00", such as "09:00"; got "24:30"',
      'weekly.wed.0.1: must be a time of day written "HH:MM" from "00:00" to "24:00", such as "09:00"; got "18h00"',
    ]);
  });

  it("rejects an interval that does not open before it closes", () => {
    // Prepare
    const input = {
      timeZone: "UTC",
      weekly: { mon: [["18:00", "09:00"]], tue: [["09:00", "09:00"]], wed: [["24:00", "24:00"]] },
    };

    // Act
    const rejections = rejectionsOf(input);

    // Assess
    expect(rejections).toEqual([
      'weekly.mon.0: opens at "18:00" but closes at "09:00": the opening time must come before the closing time (use "24:00" to close at midnight)',
      'weekly.tue.0: opens at "09:00" but closes at "09:00": the opening time must come before the closing time (use "24:00" to close at midnight)',
      'weekly.wed.0: opens at "24:00" but closes at "24:00": the opening time must come before the closing time (use "24:00" to close at midnight)',
    ]);
  });

  it("rejects overlapping intervals and intervals out of order", () => {
    // Prepare
    const input = {
      timeZone: "UTC",
      weekly: {
        mon: [
          ["09:00", "13:00"],
          ["12:00", "18:00"],
        ],
        tue: [
          ["13:00", "18:00"],
          ["09:00", "12:00"],
        ],
      },
    };

    // Act
    const rejections = rejectionsOf(input);

    // Assess
    expect(rejections).toEqual([
      `weekly.mon.1: ["12:00", "18:00"] overlaps ["09:00", "13:00"]: a day's intervals must not overlap (merge them into one)`,
      `weekly.tue.1: ["09:00", "12:00"] comes after ["13:00", "18:00"] but starts earlier: list a day's intervals from morning to night`,
    ]);
  });

  it("rejects a week that never opens", () => {
    // Prepare
    const inputs = [
      { timeZone: "UTC", weekly: {} },
      { timeZone: "UTC", weekly: { mon: [], sun: [] } },
    ];

    // Act
    const rejections = inputs.map(rejectionsOf);

    // Assess
    const neverOpens =
      'weekly: opens at no time: give at least one interval in the week, such as "mon": [["09:00", "18:00"]]';
    expect(rejections).toEqual([[neverOpens], [neverOpens]]);
  });

  it("rejects an unknown day key and an unknown field", () => {
    // Prepare
    const unknownDay = { timeZone: "UTC", weekly: { monday: [["09:00", "18:00"]] } };
    const unknownField = { timeZone: "UTC", weekly: { mon: [["09:00", "18:00"]] }, holidays: [] };

    // Act
    const unknownDayRejections = rejectionsOf(unknownDay);
    const unknownFieldRejections = rejectionsOf(unknownField);

    // Assess
    expect(unknownDayRejections).toEqual([
      'weekly: unknown day "monday": days are mon, tue, wed, thu, fri, sat and sun',
    ]);
    expect(unknownFieldRejections).toEqual([': Unrecognized key: "holidays"']);
  });
});

describe("addBusinessTime", () => {
  it("carries a Friday-evening complaint over the weekend to Monday morning", () => {
    // Prepare: Friday 2026-01-16 17:30 in Paris (CET, UTC+1), 1 h target, open 09:00-18:00 Monday to Friday.
    const receivedAt = new Date("2026-01-16T16:30:00Z");

    // Act
    const dueAt = addBusinessTime(receivedAt, hoursMs(1), parisOfficeHours);

    // Assess: 30 minutes on Friday, 30 on Monday: Monday 09:30 CET.
    expect(dueAt.toISOString()).toBe("2026-01-19T08:30:00.000Z");
  });

  it("adds plainly when the start and the due time are inside the same opening", () => {
    // Prepare: Tuesday 10:15 in Paris.
    const receivedAt = new Date("2026-01-13T09:15:00Z");

    // Act
    const dueAt = addBusinessTime(receivedAt, hoursMs(1), parisOfficeHours);

    // Assess: Tuesday 11:15 in Paris.
    expect(dueAt.toISOString()).toBe("2026-01-13T10:15:00.000Z");
  });

  it("starts the clock at the opening when the message comes before it", () => {
    // Prepare: Tuesday 07:00 in Paris.
    const receivedAt = new Date("2026-01-13T06:00:00Z");

    // Act
    const dueAt = addBusinessTime(receivedAt, hoursMs(1), parisOfficeHours);

    // Assess: the clock starts at 09:00, so due at 10:00 in Paris.
    expect(dueAt.toISOString()).toBe("2026-01-13T09:00:00.000Z");
  });

  it("starts the clock at the next opening after a closed day or a closed evening", () => {
    // Prepare: Sunday 12:00, Saturday 03:00 and Tuesday 20:00 in Paris.
    const sundayNoon = new Date("2026-01-18T11:00:00Z");
    const saturdayNight = new Date("2026-01-17T02:00:00Z");
    const tuesdayEvening = new Date("2026-01-13T19:00:00Z");

    // Act
    const dueAts = [sundayNoon, saturdayNight, tuesdayEvening].map((receivedAt) =>
      addBusinessTime(receivedAt, hoursMs(1), parisOfficeHours).toISOString(),
    );

    // Assess: Monday 10:00, Monday 10:00 and Wednesday 10:00 in Paris.
    expect(dueAts).toEqual(["2026-01-19T09:00:00.000Z", "2026-01-19T09:00:00.000Z", "2026-01-14T09:00:00.000Z"]);
  });

  it("skips the lunch break of a split day", () => {
    // Prepare: open 09:00-12:00 and 13:00-17:00; Tuesday 11:30, 12:15 and 16:30 in Paris.
    const beforeLunch = new Date("2026-01-13T10:30:00Z");
    const duringLunch = new Date("2026-01-13T11:15:00Z");
    const lateAfternoon = new Date("2026-01-13T15:30:00Z");

    // Act
    const dueBeforeLunch = addBusinessTime(beforeLunch, hoursMs(1), parisSplitDays);
    const dueDuringLunch = addBusinessTime(duringLunch, hoursMs(1), parisSplitDays);
    const dueLateAfternoon = addBusinessTime(lateAfternoon, hoursMs(2), parisSplitDays);

    // Assess: 13:30 (30 min before lunch, 30 after); 14:00; Wednesday 10:30 (30 min Tuesday, 90 Wednesday).
    expect(dueBeforeLunch.toISOString()).toBe("2026-01-13T12:30:00.000Z");
    expect(dueDuringLunch.toISOString()).toBe("2026-01-13T13:00:00.000Z");
    expect(dueLateAfternoon.toISOString()).toBe("2026-01-14T09:30:00.000Z");
  });

  it("returns the closing time, not the next opening, when the target ends exactly at closing", () => {
    // Prepare: Tuesday 17:00 in Paris, 1 h target, closing at 18:00.
    const receivedAt = new Date("2026-01-13T16:00:00Z");

    // Act
    const dueAt = addBusinessTime(receivedAt, hoursMs(1), parisOfficeHours);

    // Assess
    expect(dueAt.toISOString()).toBe("2026-01-13T17:00:00.000Z");
  });

  it("equals plain addition for a queue open around the clock, across both Paris DST changes", () => {
    // Prepare
    const starts = ["2026-01-16T16:30:00Z", "2026-03-28T23:30:00Z", "2026-03-29T00:59:59.999Z", "2026-10-24T23:30:00Z"];
    const durations = [0, 1, minutesMs(45), hoursMs(3), hoursMs(30), hoursMs(24 * 9)];

    for (const start of starts) {
      for (const durationMs of durations) {
        // Act
        const dueAt = addBusinessTime(new Date(start), durationMs, parisAroundTheClock);

        // Assess
        expect(dueAt.getTime(), `${start} + ${durationMs} ms`).toBe(Date.parse(start) + durationMs);
      }
    }
  });

  it("adds plainly without business hours", () => {
    // Prepare
    const receivedAt = new Date("2026-01-16T16:30:00Z");

    // Act
    const dueAt = addBusinessTime(receivedAt, hoursMs(1));

    // Assess
    expect(dueAt.toISOString()).toBe("2026-01-16T17:30:00.000Z");
  });

  it("runs a late shift up to 24:00 and on past midnight into the next day's shift", () => {
    // Prepare: Friday 18:00-24:00 and Saturday 00:00-02:00 in Paris; Friday 2026-01-16 23:30 CET.
    const lateShift = businessHoursIn("Europe/Paris", { fri: [["18:00", "24:00"]], sat: [["00:00", "02:00"]] });
    const fridayOnly = businessHoursIn("Europe/Paris", { fri: [["18:00", "24:00"]] });
    const receivedAt = new Date("2026-01-16T22:30:00Z");

    // Act
    const dueIntoSaturday = addBusinessTime(receivedAt, hoursMs(1), lateShift);
    const dueNextWeek = addBusinessTime(receivedAt, hoursMs(3), lateShift);
    const dueFridayOnly = addBusinessTime(receivedAt, hoursMs(1), fridayOnly);

    // Assess: Saturday 00:30; 2 h 30 min used by Saturday 02:00, then the next Friday 18:30; the next Friday 18:30.
    expect(dueIntoSaturday.toISOString()).toBe("2026-01-16T23:30:00.000Z");
    expect(dueNextWeek.toISOString()).toBe("2026-01-23T17:30:00.000Z");
    expect(dueFridayOnly.toISOString()).toBe("2026-01-23T17:30:00.000Z");
  });

  it("opens at local time on the morning after the Paris spring-forward night", () => {
    // Prepare: open 08:00-20:00 every day; Saturday 2026-03-28 19:30 CET (UTC+1).
    const receivedAt = new Date("2026-03-28T18:30:00Z");

    // Act
    const dueAt = addBusinessTime(receivedAt, hoursMs(1), parisEveryDayDaytime);

    // Assess: clocks went 02:00 CET -> 03:00 CEST on Sunday, so Sunday 08:00 is 06:00Z and the due time is
    // 08:30 CEST = 06:30Z (an offset frozen at Saturday's +1 would say 07:30Z).
    expect(dueAt.toISOString()).toBe("2026-03-29T06:30:00.000Z");
  });

  it("counts the real hours of a night shift that spans the Paris spring-forward jump", () => {
    // Prepare: open Sunday 00:00-06:00; Sunday 2026-03-29 00:00 CET is Saturday 23:00Z.
    const shiftStart = new Date("2026-03-28T23:00:00Z");

    // Act
    const dueAt = addBusinessTime(shiftStart, hoursMs(3), parisSundayNightShift);

    // Assess: 3 real hours later is 02:00Z, which the clocks show as 04:00 CEST because 02:00-03:00 never happened.
    expect(dueAt.toISOString()).toBe("2026-03-29T02:00:00.000Z");
  });

  it("opens at the local time on the morning after the Paris fall-back night", () => {
    // Prepare: open 08:00-20:00 every day; Saturday 2026-10-24 19:30 CEST (UTC+2).
    const receivedAt = new Date("2026-10-24T17:30:00Z");

    // Act
    const dueAt = addBusinessTime(receivedAt, hoursMs(1), parisEveryDayDaytime);

    // Assess: clocks went 03:00 CEST -> 02:00 CET on Sunday, so Sunday 08:30 CET is 07:30Z.
    expect(dueAt.toISOString()).toBe("2026-10-25T07:30:00.000Z");
  });

  it("counts the repeated hour of a night shift that spans the Paris fall-back", () => {
    // Prepare: open Sunday 00:00-06:00; Sunday 2026-10-25 00:00 CEST is Saturday 22:00Z.
    const shiftStart = new Date("2026-10-24T22:00:00Z");

    // Act
    const dueAt = addBusinessTime(shiftStart, hoursMs(4), parisSundayNightShift);

    // Assess: 4 real hours later is 02:00Z, which the clocks show as 03:00 CET because 02:00-03:00 happened twice.
    expect(dueAt.toISOString()).toBe("2026-10-25T02:00:00.000Z");
  });

  it("follows New York's DST changes over the weekend", () => {
    // Prepare: open 09:00-17:00 Monday to Friday; Friday 16:30 before each change.
    const beforeSpringForward = new Date("2026-03-06T21:30:00Z"); // 16:30 EST (UTC-5)
    const beforeFallBack = new Date("2026-10-30T20:30:00Z"); // 16:30 EDT (UTC-4)

    // Act
    const dueAfterSpringForward = addBusinessTime(beforeSpringForward, hoursMs(1), newYorkOfficeHours);
    const dueAfterFallBack = addBusinessTime(beforeFallBack, hoursMs(1), newYorkOfficeHours);

    // Assess: clocks went forward on Sunday 2026-03-08, so Monday 09:30 is EDT = 13:30Z; they went back on
    // Sunday 2026-11-01, so Monday 09:30 is EST = 14:30Z.
    expect(dueAfterSpringForward.toISOString()).toBe("2026-03-09T13:30:00.000Z");
    expect(dueAfterFallBack.toISOString()).toBe("2026-11-02T14:30:00.000Z");
  });

  it("counts real hours through New York's DST nights", () => {
    // Prepare: open Sunday 00:00-06:00; each Sunday's 00:00 in New York.
    const springForwardNight = new Date("2026-03-08T05:00:00Z"); // 00:00 EST
    const fallBackNight = new Date("2026-11-01T04:00:00Z"); // 00:00 EDT

    // Act
    const dueSpring = addBusinessTime(springForwardNight, minutesMs(150), newYorkSundayNightShift);
    const dueFall = addBusinessTime(fallBackNight, minutesMs(150), newYorkSundayNightShift);

    // Assess: 2 h 30 min of real time in both; the clocks show 03:30 EDT (02:00 EST jumped to 03:00 EDT at 07:00Z)
    // and 01:30 EST, the second 01:30 of the night (02:00 EDT went back to 01:00 EST at 06:00Z).
    expect(dueSpring.toISOString()).toBe("2026-03-08T07:30:00.000Z");
    expect(dueFall.toISOString()).toBe("2026-11-01T06:30:00.000Z");
  });

  it("opens at the jump when the opening time is skipped, and at its first showing when it is repeated", () => {
    // Prepare: Sunday 02:30-05:00 and 02:30-04:00 in Paris, which fall in the skipped and in the repeated hour.
    const skipped = businessHoursIn("Europe/Paris", { sun: [["02:30", "05:00"]] });
    const repeated = businessHoursIn("Europe/Paris", { sun: [["02:30", "04:00"]] });

    // Act
    const springOpening = addBusinessTime(new Date("2026-03-28T12:00:00Z"), 0, skipped);
    const fallOpening = addBusinessTime(new Date("2026-10-24T12:00:00Z"), 0, repeated);

    // Assess: 02:30 never shows on 2026-03-29; the clocks jump from 02:00 CET to 03:00 CEST at 01:00Z, which opens.
    // 02:30 shows twice on 2026-10-25; the first time, 02:30 CEST, is 00:30Z.
    expect(springOpening.toISOString()).toBe("2026-03-29T01:00:00.000Z");
    expect(fallOpening.toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("handles targets longer than a week, ending exactly at a closing time", () => {
    // Prepare: 9 business hours a day; Monday 2026-01-12 09:00 CET and Monday 2026-03-23 09:00 CET.
    const mondayInJanuary = new Date("2026-01-12T08:00:00Z");
    const mondayBeforeDst = new Date("2026-03-23T08:00:00Z");

    // Act
    const threeDaysOfBusinessTime = addBusinessTime(mondayInJanuary, hoursMs(72), parisOfficeHours);
    const fiftyHours = addBusinessTime(mondayInJanuary, hoursMs(50), parisOfficeHours);
    const threeWorkingWeeks = addBusinessTime(mondayInJanuary, hoursMs(135), parisOfficeHours);
    const sixtyHoursAcrossDst = addBusinessTime(mondayBeforeDst, hoursMs(60), parisOfficeHours);

    // Assess: 72 h = 8 full days: Wednesday 2026-01-21 18:00 CET. 50 h = 5 days + 5 h: Monday 2026-01-19 14:00 CET.
    // 135 h = 15 days: Friday 2026-01-30 18:00 CET. 60 h = 6 days + 6 h: Tuesday 2026-03-31 15:00, now CEST (UTC+2).
    expect(threeDaysOfBusinessTime.toISOString()).toBe("2026-01-21T17:00:00.000Z");
    expect(fiftyHours.toISOString()).toBe("2026-01-19T13:00:00.000Z");
    expect(threeWorkingWeeks.toISOString()).toBe("2026-01-30T17:00:00.000Z");
    expect(sixtyHoursAcrossDst.toISOString()).toBe("2026-03-31T13:00:00.000Z");
  });

  it("refuses a negative or non-finite duration and an invalid start", () => {
    // Prepare
    const receivedAt = new Date("2026-01-13T09:15:00Z");

    // Act
    const negative = () => addBusinessTime(receivedAt, -1, parisOfficeHours);
    const infinite = () => addBusinessTime(receivedAt, Number.POSITIVE_INFINITY, parisOfficeHours);
    const invalidStart = () => addBusinessTime(new Date("not a date"), hoursMs(1), parisOfficeHours);

    // Assess
    expect(negative).toThrow(RangeError);
    expect(infinite).toThrow(/finite number of milliseconds/);
    expect(invalidStart).toThrow(/start is an invalid Date/);
  });

  it("gives up instead of looping forever on hours that never open (which the schema rejects)", () => {
    // Prepare
    const neverOpen = { timeZone: "UTC", weekly: {} } as BusinessHours;

    // Act
    const search = () => addBusinessTime(new Date("2026-01-13T09:15:00Z"), hoursMs(1), neverOpen);

    // Assess
    expect(search).toThrow("business hours in UTC open at no time in 400 days");
  });
});

describe("businessTimeBetween", () => {
  it("counts nothing over a closed weekend", () => {
    // Prepare: Friday 17:30 CET to Monday 09:30 CET.
    const from = new Date("2026-01-16T16:30:00Z");
    const to = new Date("2026-01-19T08:30:00Z");

    // Act
    const elapsedMs = businessTimeBetween(from, to, parisOfficeHours);

    // Assess
    expect(elapsedMs).toBe(hoursMs(1));
  });

  it("counts local opening hours over a weekend with a DST change", () => {
    // Prepare: Friday 16:00 EST to Monday 10:00 EDT in New York: 65 real hours.
    const from = new Date("2026-03-06T21:00:00Z");
    const to = new Date("2026-03-09T14:00:00Z");

    // Act
    const elapsedMs = businessTimeBetween(from, to, newYorkOfficeHours);

    // Assess: Friday 16:00-17:00 and Monday 09:00-10:00.
    expect(elapsedMs).toBe(hoursMs(2));
  });

  it("counts 23 and 25 hours for the Paris DST days of a queue open around the clock", () => {
    // Prepare: Saturday noon to Sunday noon, local time, over each change.
    const springFrom = new Date("2026-03-28T11:00:00Z"); // 12:00 CET
    const springTo = new Date("2026-03-29T10:00:00Z"); // 12:00 CEST
    const fallFrom = new Date("2026-10-24T10:00:00Z"); // 12:00 CEST
    const fallTo = new Date("2026-10-25T11:00:00Z"); // 12:00 CET

    // Act
    const spring = businessTimeBetween(springFrom, springTo, parisAroundTheClock);
    const fall = businessTimeBetween(fallFrom, fallTo, parisAroundTheClock);

    // Assess
    expect(spring).toBe(hoursMs(23));
    expect(fall).toBe(hoursMs(25));
  });

  it("counts 5 and 7 hours for a 00:00-06:00 Sunday shift on the DST nights", () => {
    // Prepare: the whole weekend around each Paris change.
    const springWeekend = [new Date("2026-03-27T23:00:00Z"), new Date("2026-03-30T00:00:00Z")] as const;
    const fallWeekend = [new Date("2026-10-23T22:00:00Z"), new Date("2026-10-26T00:00:00Z")] as const;

    // Act
    const spring = businessTimeBetween(...springWeekend, parisSundayNightShift);
    const fall = businessTimeBetween(...fallWeekend, parisSundayNightShift);

    // Assess
    expect(spring).toBe(hoursMs(5));
    expect(fall).toBe(hoursMs(7));
  });

  it("is 0 when the span is empty or backwards, and plain subtraction without hours", () => {
    // Prepare
    const earlier = new Date("2026-01-13T09:15:00Z");
    const later = new Date("2026-01-13T10:45:00Z");

    // Act
    const empty = businessTimeBetween(earlier, earlier, parisOfficeHours);
    const backwards = businessTimeBetween(later, earlier, parisOfficeHours);
    const withoutHours = businessTimeBetween(earlier, later);

    // Assess
    expect(empty).toBe(0);
    expect(backwards).toBe(0);
    expect(withoutHours).toBe(minutesMs(90));
  });

  it("pauses and resumes the first-response clock", () => {
    // Prepare: 1 h target; received Friday 17:30 CET, paused at 17:50 waiting on the customer, resumed Monday 10:00.
    const targetMs = hoursMs(1);
    const receivedAt = new Date("2026-01-16T16:30:00Z");
    const pausedAt = new Date("2026-01-16T16:50:00Z");
    const resumedAt = new Date("2026-01-19T09:00:00Z");

    // Act
    const remainingMs = targetMs - businessTimeBetween(receivedAt, pausedAt, parisOfficeHours);
    const dueAt = addBusinessTime(resumedAt, remainingMs, parisOfficeHours);

    // Assess: 40 minutes left, so due Monday 10:40 CET.
    expect(remainingMs).toBe(minutesMs(40));
    expect(dueAt.toISOString()).toBe("2026-01-19T09:40:00.000Z");
  });
});

describe("isOpen", () => {
  it("is open from the opening time up to, not including, the closing time", () => {
    // Prepare: Monday 2026-01-12 in Paris (CET).
    const instants = {
      beforeOpening: "2026-01-12T07:59:59.999Z",
      atOpening: "2026-01-12T08:00:00.000Z",
      justBeforeClosing: "2026-01-12T16:59:59.999Z",
      atClosing: "2026-01-12T17:00:00.000Z",
      saturdayNoon: "2026-01-17T11:00:00.000Z",
    };

    // Act
    const openness = Object.fromEntries(
      Object.entries(instants).map(([name, iso]) => [name, isOpen(new Date(iso), parisOfficeHours)]),
    );

    // Assess
    expect(openness).toEqual({
      beforeOpening: false,
      atOpening: true,
      justBeforeClosing: true,
      atClosing: false,
      saturdayNoon: false,
    });
  });

  it("follows the opening and closing instants on DST nights", () => {
    // Prepare: Sunday 02:30-05:00 in Paris opens at the 01:00Z jump on 2026-03-29; Sunday 02:30-04:00 on 2026-10-25
    // runs from the first 02:30 (CEST, 00:30Z) to 04:00 CET (03:00Z), through the second 02:00-02:30.
    const skipped = businessHoursIn("Europe/Paris", { sun: [["02:30", "05:00"]] });
    const repeated = businessHoursIn("Europe/Paris", { sun: [["02:30", "04:00"]] });

    // Act
    const springOpenness = ["2026-03-29T00:59:59.999Z", "2026-03-29T01:00:00Z", "2026-03-29T03:00:00Z"].map((iso) =>
      isOpen(new Date(iso), skipped),
    );
    const fallOpenness = [
      "2026-10-25T00:29:59.999Z",
      "2026-10-25T00:30:00Z",
      "2026-10-25T01:15:00Z",
      "2026-10-25T03:00:00Z",
    ].map((iso) => isOpen(new Date(iso), repeated));

    // Assess
    expect(springOpenness).toEqual([false, true, false]);
    expect(fallOpenness).toEqual([false, true, true, false]);
  });

  it("is always open without business hours", () => {
    // Prepare
    const sundayNight = new Date("2026-01-18T02:00:00Z");

    // Act
    const open = isOpen(sundayNight);

    // Assess
    expect(open).toBe(true);
  });
});

describe("addBusinessTime and businessTimeBetween together", () => {
  /** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so a failing case can be replayed. */
  const pseudoRandom = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let mixed = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };

  const schedules: Record<string, BusinessHours> = {
    parisSplitDays,
    newYorkOfficeHours,
    parisAroundTheClock,
    // Openings inside the skipped and repeated hours of Paris.
    parisNights: businessHoursIn("Europe/Paris", {
      sun: [
        ["00:00", "02:30"],
        ["02:45", "06:00"],
      ],
      wed: [["22:00", "24:00"]],
    }),
    // Lord Howe Island moves its clocks by 30 minutes, at 02:00.
    lordHoweNights: businessHoursIn(
      "Australia/Lord_Howe",
      everyDay([
        ["01:00", "03:00"],
        ["20:00", "24:00"],
      ]),
    ),
    // Santiago changes its clocks at midnight.
    santiagoAroundMidnight: businessHoursIn(
      "America/Santiago",
      everyDay([
        ["00:00", "08:00"],
        ["20:00", "24:00"],
      ]),
    ),
    // Kathmandu is UTC+05:45.
    kathmanduOfficeHours: businessHoursIn("Asia/Kathmandu", weekdays([["10:00", "17:00"]])),
  };

  it("gets back the duration it added, for 200 pseudo-random starts and durations over 2026", () => {
    // Prepare
    const random = pseudoRandom(20_260_329);
    const yearStartMs = Date.parse("2026-01-01T00:00:00Z");
    const yearMs = 365 * 86_400_000;
    const names = Object.keys(schedules);
    const failures: string[] = [];

    for (let index = 0; index < 200; index++) {
      const name = names[index % names.length] as string;
      const hours = schedules[name] as BusinessHours;
      const start = new Date(yearStartMs + Math.floor(random() * yearMs));
      const durationMs = Math.floor(random() * hoursMs(24 * 10));

      // Act
      const dueAt = addBusinessTime(start, durationMs, hours);
      const elapsedMs = businessTimeBetween(start, dueAt, hours);

      // Assess: the clock ran exactly the duration, and it was running in the last millisecond before the due time.
      const lastMillisecondOpen = durationMs === 0 || isOpen(new Date(dueAt.getTime() - 1), hours);
      if (elapsedMs !== durationMs || !lastMillisecondOpen || dueAt < start) {
        failures.push(`${name}: ${start.toISOString()} + ${durationMs} ms -> ${dueAt.toISOString()}, ${elapsedMs} ms`);
      }
    }
    expect(failures).toEqual([]);
  });
});
