/** What every page of the pane receives from the shell: the workbook port and the cross-cutting state. */
import type { ComponentType, LazyExoticComponent } from "react";
import type { Lang } from "../../core/i18n";
import type { WorkbookContext } from "../../app/load-context";
import type { WorkbookPort } from "../../workbook/port";
import type { WatchChanges } from "../shell/host";
import type { LastCheck } from "../shell/last-check";

export interface PageProps {
  port: WorkbookPort;
  lang: Lang;
  /** Today as 'YYYY-MM-DD' in the office's zone (Asia/Shanghai). */
  today: () => string;
  /** 'YYYY-MM-DD HH:mm' in the office's zone. */
  now: () => string;
  /** Reads the workbook once for a page (src/app/load-context with the pane's language). */
  loadContext: (port: WorkbookPort) => Promise<WorkbookContext>;
  /** Check-as-you-type, when the host sends change events. */
  watchChanges: WatchChanges | null;
  chartsAvailable: boolean;
  copyText: (text: string) => Promise<void>;
  /** Opens another page by its id (an empty state's link to 台账, a 概览 card). */
  navigate: (pageId: string) => void;
  /** The last whole-workbook check (null until one ran), and how a page records a new one. */
  lastCheck: LastCheck | null;
  recordCheck: (check: LastCheck) => void;
}

export interface PageEntry {
  id: string;
  label: Record<Lang, string>;
  component: LazyExoticComponent<ComponentType<PageProps>>;
}
