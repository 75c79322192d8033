/** The pane's clock: the Asia/Shanghai day whatever the machine's zone, and the day fixed by ?today=. */
import { isoDayIn, isoMinuteIn, paneClock } from "../../../src/taskpane/shell/clock";

describe("pane clock", () => {
  it("gives the Shanghai calendar day, not the machine's or UTC's", () => {
    const lateUtc = new Date(Date.UTC(2026, 10, 21, 16, 30)); // 2026-11-22 00:30 in Shanghai
    expect(isoDayIn(lateUtc)).toBe("2026-11-22");
    expect(isoMinuteIn(lateUtc)).toBe("2026-11-22 00:30");
    expect(isoDayIn(new Date(Date.UTC(2026, 10, 21, 15, 59)))).toBe("2026-11-21");
  });

  it("reads the clock on every call, so a pane left open overnight moves to the next day", () => {
    let at = new Date(Date.UTC(2026, 10, 21, 15, 0));
    const clock = paneClock("", () => at);
    expect(clock.today()).toBe("2026-11-21");
    at = new Date(Date.UTC(2026, 10, 21, 17, 0));
    expect(clock.today()).toBe("2026-11-22");
    expect(clock.now()).toBe("2026-11-22 01:00");
  });

  it("takes a valid ?today= and ignores an invalid one", () => {
    const at = () => new Date(Date.UTC(2026, 0, 5, 4, 0));
    expect(paneClock("?today=2026-11-20&lang=en-US", at).today()).toBe("2026-11-20");
    expect(paneClock("?today=2026-11-20", at).now()).toBe("2026-11-20 00:00");
    expect(paneClock("?today=2026-02-30", at).today()).toBe("2026-01-05");
  });
});
