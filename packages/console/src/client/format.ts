// Time as on-call staff read it: short durations ("4m 10s"), what is left before a due time, wall-clock times.

/**
 * A duration in seconds, in the two largest units.
 *
 * @example
 * ```ts
 * duration(250); // "4m 10s"
 * ```
 */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  const units: [number, string][] = [
    [86_400, "d"],
    [3600, "h"],
    [60, "m"],
    [1, "s"],
  ];
  const index = units.findIndex(([size]) => s >= size);
  const [big, bigName] = units[index] as [number, string];
  const [small, smallName] = units[index + 1] as [number, string];
  const rest = Math.floor((s % big) / small);
  return rest ? `${Math.floor(s / big)}${bigName} ${rest}${smallName}` : `${Math.floor(s / big)}${bigName}`;
}

/** "in 2m 5s", or "overdue 40s" once the time has passed. */
export function timeLeft(dueAt: string): string {
  const left = (Date.parse(dueAt) - Date.now()) / 1000;
  return left >= 0 ? `due in ${duration(left)}` : `overdue ${duration(-left)}`;
}

/** "3m ago". */
export const ago = (at: string): string => `${duration((Date.now() - Date.parse(at)) / 1000)} ago`;

const sameDay = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" });
const otherDay = new Intl.DateTimeFormat(undefined, {
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

/** A wall-clock time; with the date when it is not today. */
export function clock(at: string | null | undefined): string {
  if (!at) return "";
  const date = new Date(at);
  return date.toDateString() === new Date().toDateString() ? sameDay.format(date) : otherDay.format(date);
}
