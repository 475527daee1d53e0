import { describe, expect, it } from "vitest";
import { parseDurationMs } from "./duration.ts";

describe("parseDurationMs", () => {
  it("reads the durations a queue target uses", () => {
    expect(parseDurationMs("PT1H")).toBe(3_600_000);
    expect(parseDurationMs("PT10M")).toBe(600_000);
    expect(parseDurationMs("PT5S")).toBe(5_000);
    expect(parseDurationMs("PT0.5S")).toBe(500);
    expect(parseDurationMs("P1DT2H")).toBe(93_600_000);
    expect(parseDurationMs("P2W")).toBe(1_209_600_000);
  });

  it("rejects what is not a fixed-length positive duration", () => {
    for (const bad of ["", "P", "PT", "1H", "PT1h", "P1M", "P1Y", "PT0S", "PT-5S", "PT1H ", "P1DT"]) {
      expect(parseDurationMs(bad), bad).toBeUndefined();
    }
  });
});
