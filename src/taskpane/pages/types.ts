/** What every page of the pane receives from the shell: the workbook port and the cross-cutting state. */
import type { ComponentType, LazyExoticComponent } from "react";
import type { Lang } from "../../core/i18n";
import type { WorkbookContext } from "../../app/load-context";
import type { WorkbookPort } from "../../workbook/port";
import type { WatchChanges } from "../shell/host";
import type { LastCheck } from "../shell/last-check";
import type { ContextLoad } from "../shell/workbook-store";
import type { WriteWithPreview } from "../shell/writes";

export interface PageProps {
  port: WorkbookPort;
  lang: Lang;
  /** Today as 'YYYY-MM-DD' in the office's zone (Asia/Shanghai). */
  today: () => string;
  /** 'YYYY-MM-DD HH:mm' in the office's zone. */
  now: () => string;
  /** The workbook as the shell read it, shared by every page (`fresh` reads again; shell/workbook-store.ts). */
  loadContext: (port: WorkbookPort, options?: ContextLoad) => Promise<WorkbookContext>;
  /** Check-as-you-type, when the host sends change events. */
  watchChanges: WatchChanges | null;
  chartsAvailable: boolean;
  copyText: (text: string) => Promise<void>;
  /** Opens another page by its id (an empty state's link to 台账, a 概览 card). */
  navigate: (pageId: string) => void;
  /** The last whole-workbook check (null until one ran), and how a page records a new one. */
  lastCheck: LastCheck | null;
  recordCheck: (check: LastCheck) => void;
  /** Every write: planned, confirmed by the user with what it changes, then undoable (shell/writes.ts). */
  write: WriteWithPreview;
}

export interface PageEntry {
  id: string;
  label: Record<Lang, string>;
  component: LazyExoticComponent<ComponentType<PageProps>>;
  /** Fetches the page's code ahead of showing it (the workbench, while a file is being chosen). */
  preload: () => Promise<unknown>;
}
