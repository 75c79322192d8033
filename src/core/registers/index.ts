/** The register catalogue in REGISTERS.md order, and the settings sheets. */
import { archives } from "./archives";
import { assets } from "./assets";
import { communications } from "./communications";
import { coordination } from "./coordination";
import { feedback } from "./feedback";
import { incidents } from "./incidents";
import { incomingDocuments } from "./incoming-documents";
import { leaveRequests } from "./leave-requests";
import { loans } from "./loans";
import { meetings } from "./meetings";
import { outgoingDocuments } from "./outgoing-documents";
import { purchases } from "./purchases";
import { rectifications } from "./rectifications";
import { recurringDuties, recurringLog } from "./recurring-duties";
import { reimbursements } from "./reimbursements";
import { resolutions } from "./resolutions";
import { stock } from "./stock";
import { surveyResponses } from "./survey-responses";
import { training } from "./training";
import { visitors } from "./visitors";
import type { RegisterDef } from "./types";

export const REGISTERS: readonly RegisterDef[] = [
  incomingDocuments,
  outgoingDocuments,
  meetings,
  resolutions,
  visitors,
  reimbursements,
  purchases,
  stock,
  assets,
  archives,
  rectifications,
  feedback,
  training,
  communications,
  coordination,
  surveyResponses,
  // Extensions beyond REGISTERS.md (issue #15): the registers the 请假单 and 借阅单 forms land in.
  leaveRequests,
  loans,
  // Issue 17's extensions to REGISTERS.md (docs/deadlines.md).
  recurringDuties,
  recurringLog,
  incidents,
];

const byId: ReadonlyMap<string, RegisterDef> = new Map(REGISTERS.map((r) => [r.id, r]));

export function registerById(id: string): RegisterDef | undefined {
  return byId.get(id);
}

export { SETTINGS_SHEETS, PARAMETERS, parameterByKey, STAFF_ROLES, KPI_IDS } from "./settings-sheets";
export { archiveExpiry } from "./archives";
export { canMove, phaseOf, stateDef, stateOf, statesIn } from "./lifecycle";
export type * from "./types";
