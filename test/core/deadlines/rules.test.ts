/** The rules are data about the catalogue: every column and setting they name must exist there. */
import { DEADLINE_RULES, deadlinesFor } from "../../../src/core/deadlines";
import { PARAMETERS } from "../../../src/core/registers/settings-sheets";
import { register } from "./support";

const settingKeys = new Set(PARAMETERS.map((p) => p.key));

describe.each(DEADLINE_RULES.map((r) => [`${r.register}/${r.id}`, r] as const))("%s", (_name, rule) => {
  it("names only columns of its register", () => {
    const headers = new Set(register(rule.register).columns.map((c) => c.header));
    const named = [...rule.start, ...rule.owners, ...rule.departments, ...(rule.when ?? []).map((c) => c.column)];
    if (rule.done) named.push(rule.done);
    if (rule.subject) named.push(rule.subject);
    if (rule.closedWhen) named.push(rule.closedWhen.column);
    if (rule.startTime) named.push(rule.startTime);
    named.push(...(rule.requires ?? []));
    if (rule.limit.kind === "column") {
      named.push(rule.limit.column);
      if (rule.limit.fallback?.kind === "computed") named.push(...rule.limit.fallback.needs);
    }
    expect(named.filter((h) => !headers.has(h))).toEqual([]);
  });

  it("reads a known setting", () => {
    const limit = rule.limit;
    const key =
      limit.kind === "column" ? (limit.fallback?.kind === "after" ? limit.fallback.setting : null) : limit.setting;
    if (key !== null) expect(settingKeys.has(key)).toBe(true);
  });
});

it("every deadline the issue names exists, with unique ids per register", () => {
  const ids = DEADLINE_RULES.map((r) => `${r.register}/${r.id}`);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toEqual(
    expect.arrayContaining([
      "incoming-documents/circulation",
      "incoming-documents/handling",
      "meetings/meeting-notice",
      "meetings/meeting-materials",
      "meetings/minutes-draft",
      "resolutions/resolution",
      "visitors/visitor-reply",
      "reimbursements/reimbursement-submission",
      "reimbursements/reimbursement-processing",
      "purchases/purchase-processing",
      "rectifications/rectification",
      "rectifications/follow-up",
      "feedback/complaint-contact",
      "feedback/complaint-result",
      "feedback/feedback-reply",
      "coordination/coordination",
      "archives/appraisal",
    ]),
  );
  expect(deadlinesFor("stock")).toEqual([]);
  expect(deadlinesFor("meetings").map((r) => r.id)).toEqual([
    "meeting-notice",
    "meeting-materials",
    "minutes-draft",
    "meeting-application",
    "meeting-rehearsal",
    "minutes-signed",
  ]);
});
