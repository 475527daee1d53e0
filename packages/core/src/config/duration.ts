const pattern = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * Parses an ISO 8601 duration into milliseconds. Only weeks, days, hours, minutes and seconds are accepted:
 * years and months have no fixed length, which an SLA target must have.
 *
 * @returns the duration in milliseconds, or `undefined` when the text is not such a duration or is zero.
 * @example
 * ```ts
 * parseDurationMs("PT1H"); // 3_600_000
 * parseDurationMs("P1DT30M"); // 88_200_000
 * ```
 */
export function parseDurationMs(text: string): number | undefined {
  const match = pattern.exec(text);
  if (!match || text === "P" || text.endsWith("T")) return undefined;
  const [, weeks, days, hours, minutes, seconds] = match;
  const ms =
    (Number(weeks ?? 0) * 7 * 86_400 +
      Number(days ?? 0) * 86_400 +
      Number(hours ?? 0) * 3_600 +
      Number(minutes ?? 0) * 60 +
      Number(seconds ?? 0)) *
    1000;
  return ms > 0 ? Math.round(ms) : undefined;
}
