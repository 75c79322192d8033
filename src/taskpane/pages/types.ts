/** What every page of the pane receives from the shell: the workbook port and the cross-cutting state. */
import type { ComponentType, LazyExoticComponent } from "react";
import type { Lang } from "../../core/i18n";
import type { WorkbookContext } from "../../app/load-context";
import type { WorkbookPort } from "../../workbook/port";
import type { WatchChanges } from "../shell/host";

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
}

export interface PageEntry {
  id: string;
  label: Record<Lang, string>;
  component: LazyExoticComponent<ComponentType<PageProps>>;
}
