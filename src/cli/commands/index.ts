import type { Command } from "../io";
import { checkCommand } from "./check";
import { initCommand } from "./init";
import { deadlinesCommand } from "./deadlines";
import { refreshCommand } from "./refresh";
import { kpiCommand } from "./kpi";
import { rectificationCommand } from "./rectification";
import { calendarCommand } from "./calendar";
import { networkdaysCommand } from "./networkdays";
import { workdayCommand } from "./workday";
import { surveyCommand } from "./survey";
import { formsCommand } from "./forms";
import { exportCommand } from "./export";

/** Every `ledger` command. Each lives in its own module; add one line here to register it. */
export const COMMANDS: Command[] = [
  initCommand,
  checkCommand,
  workdayCommand,
  networkdaysCommand,
  calendarCommand,
  kpiCommand,
  rectificationCommand,
  deadlinesCommand,
  refreshCommand,
  surveyCommand,
  formsCommand,
  exportCommand,
];
