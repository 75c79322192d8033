/** Every deadline the office tracks, register by register (one module each). */
import type { DeadlineRule } from "../types";
import { ARCHIVE_DEADLINES } from "./archives";
import { COORDINATION_DEADLINES } from "./coordination";
import { FEEDBACK_DEADLINES } from "./feedback";
import { INCOMING_DOCUMENT_DEADLINES } from "./incoming-documents";
import { MEETING_DEADLINES } from "./meetings";
import { PURCHASE_DEADLINES } from "./purchases";
import { RECTIFICATION_DEADLINES } from "./rectifications";
import { REIMBURSEMENT_DEADLINES } from "./reimbursements";
import { RESOLUTION_DEADLINES } from "./resolutions";
import { VISITOR_DEADLINES } from "./visitors";

export const DEADLINE_RULES: readonly DeadlineRule[] = [
  ...INCOMING_DOCUMENT_DEADLINES,
  ...MEETING_DEADLINES,
  ...RESOLUTION_DEADLINES,
  ...VISITOR_DEADLINES,
  ...REIMBURSEMENT_DEADLINES,
  ...PURCHASE_DEADLINES,
  ...ARCHIVE_DEADLINES,
  ...RECTIFICATION_DEADLINES,
  ...FEEDBACK_DEADLINES,
  ...COORDINATION_DEADLINES,
];

const BY_REGISTER = new Map<string, DeadlineRule[]>();
for (const r of DEADLINE_RULES) {
  const list = BY_REGISTER.get(r.register) ?? [];
  list.push(r);
  BY_REGISTER.set(r.register, list);
}

/** The deadlines of one register, in catalogue order (empty for a register without time limits). */
export function deadlinesFor(registerId: string): readonly DeadlineRule[] {
  return BY_REGISTER.get(registerId) ?? [];
}
