import type { Command } from "../io";

/** Every `ledger` command. Each lives in its own module; add one line here to register it. */
export const COMMANDS: Command[] = [];
