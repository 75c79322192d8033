import { createCalendar } from "../../../src/core/calendar";
import { isoToSerial as s, parseIsoDateTime } from "../../../src/core/dates";
import {
  escalationFor,
  judge,
  workdaysLate as lateWorkdays,
  weekdaysBetween,
  ESCALATE_TO_DIRECTOR_WD,
  ESCALATE_TO_LEADER_WD,
} from "../../../src/core/deadlines";

const cal = createCalendar();
const dt = (text: string): number => parseIsoDateTime(text) as number;

/** Judges with 临期提醒 = 1, as the default settings do. */
function judgeOn(asOf: string, due: number, done: number | null = null, dueHasTime = false) {
  return judge({ due, dueHasTime, done }, s(asOf), cal.addWorkdays(s(asOf), 1), cal);
}

describe("status as of a day", () => {
  it("due on the as-of day itself is due soon, not overdue", () => {
    expect(judgeOn("2026-11-20", s("2026-11-20")).status).toBe("due-soon");
  });

  it("an hour limit due earlier on the as-of day is still due soon (the day counts in full)", () => {
    expect(judgeOn("2026-11-20", dt("2026-11-20 09:00"), null, true).status).toBe("due-soon");
    expect(judgeOn("2026-11-21", dt("2026-11-20 23:59"), null, true).status).toBe("overdue");
  });

  it("due the next working day is due soon; the one after is open", () => {
    expect(judgeOn("2026-11-20", s("2026-11-23")).status).toBe("due-soon"); // Fri → Mon
    expect(judgeOn("2026-11-20", s("2026-11-22")).status).toBe("due-soon"); // Sunday in between
    expect(judgeOn("2026-11-20", s("2026-11-24")).status).toBe("open");
  });

  it("临期 reaches over the National Day break: as of 2025-09-30 an item due 10-09 is due soon, 10-10 open", () => {
    expect(judgeOn("2025-09-30", s("2025-10-09")).status).toBe("due-soon");
    expect(judgeOn("2025-09-30", s("2025-10-10")).status).toBe("open");
  });

  it("overdue the day after, with NETWORKDAYS(due, asOf) − 1 working days late", () => {
    expect(judgeOn("2026-11-23", s("2026-11-20"))).toEqual({
      status: "overdue",
      overdueWorkdays: 1,
      escalation: "urge",
    });
    expect(judgeOn("2026-11-21", s("2026-11-20"))).toEqual({
      status: "overdue",
      overdueWorkdays: 0,
      escalation: "urge",
    });
  });

  it("done by the due day is on time whenever it is judged; after it, late by working days", () => {
    expect(judgeOn("2026-12-30", s("2026-11-20"), s("2026-11-20")).status).toBe("done-on-time");
    expect(judgeOn("2026-11-20", s("2026-11-20"), s("2026-11-24"))).toEqual({
      status: "done-late",
      overdueWorkdays: 2,
      escalation: null,
    });
  });

  it("an hour limit compares completion to the minute; a day limit by day", () => {
    expect(judgeOn("2026-11-25", dt("2026-11-20 16:00"), dt("2026-11-20 16:01"), true).status).toBe("done-late");
    expect(judgeOn("2026-11-25", s("2026-11-20"), dt("2026-11-20 23:00"), false).status).toBe("done-on-time");
  });
});

describe("escalation ladder (DOMAIN §6.3)", () => {
  it("chases first, warns the leader in charge after a working week, reports to the director after four", () => {
    expect(escalationFor(0)).toBe("urge");
    expect(escalationFor(ESCALATE_TO_LEADER_WD - 1)).toBe("urge");
    expect(escalationFor(ESCALATE_TO_LEADER_WD)).toBe("warn-leader");
    expect(escalationFor(ESCALATE_TO_DIRECTOR_WD - 1)).toBe("warn-leader");
    expect(escalationFor(ESCALATE_TO_DIRECTOR_WD)).toBe("report-director");
  });

  it("escalation follows working days, so a long holiday does not escalate by itself", () => {
    // Due 2025-09-30; as of 10-09 only 10-09 is a working day after it.
    expect(judgeOn("2025-10-09", s("2025-09-30")).escalation).toBe("urge");
    expect(judgeOn("2025-10-16", s("2025-09-30")).escalation).toBe("warn-leader"); // 10-09,10,11,13,14,15,16 = 7
  });
});

describe("due days before the calendar's first year", () => {
  it("are still overdue; the working days late count Mon–Fri before 2004, official days after", () => {
    // 2003-12-29 (Mon) … 12-31 (Wed) are 3 weekdays; NETWORKDAYS(2004-01-01, 2004-01-05): 01-01 is New Year's Day,
    // 01-02 (Fri) and 01-05 (Mon) are working days → 2. Total 3 + 2 − 1.
    expect(judgeOn("2004-01-05", s("2003-12-29"))).toEqual({
      status: "overdue",
      overdueWorkdays: 4,
      escalation: "urge",
    });
    // 2000-12-31 is a Sunday: the weekdays after it count.
    expect(lateWorkdays(cal, s("2000-12-31"), s("2003-12-31"))).toBe(weekdaysBetween(s("2001-01-01"), s("2003-12-31")));
  });

  it("weekdaysBetween counts Monday to Friday inclusively", () => {
    expect(weekdaysBetween(s("2026-11-16"), s("2026-11-22"))).toBe(5);
    expect(weekdaysBetween(s("2026-11-21"), s("2026-11-22"))).toBe(0);
    expect(weekdaysBetween(s("2026-11-20"), s("2026-12-04"))).toBe(11);
    expect(weekdaysBetween(s("2026-11-20"), s("2026-11-19"))).toBe(0);
  });
});

describe("working days late when the due day is not a working day (issue 10 §3)", () => {
  it("as of 2026-02-24, items due in the Spring Festival break are 1 working day late, not 0", () => {
    for (const due of ["2026-02-15", "2026-02-20", "2026-02-23"]) {
      expect(judgeOn("2026-02-24", s(due))).toEqual({ status: "overdue", overdueWorkdays: 1, escalation: "urge" });
    }
  });

  it("a completion after a weekend due day counts the working days after it", () => {
    // Due Sunday 2026-11-22, done Tuesday 11-24: Monday and Tuesday.
    expect(judgeOn("2026-11-30", s("2026-11-22"), s("2026-11-24"))).toMatchObject({
      status: "done-late",
      overdueWorkdays: 2,
    });
  });
});
