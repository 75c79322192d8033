/**
 * Cross-cutting state of the pane: the connected host (port, change events), the language with its manual switch,
 * and the office's clock. Pages get these as props from the shell; hooks that need them read this context.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import type { Lang } from "../../core/i18n";
import type { PageProps } from "../pages/types";
import type { Clock } from "./clock";
import type { Host } from "./host";
import type { LastCheck } from "./last-check";

export interface PaneState {
  host: Host;
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** The props every page receives; stable while port and language stay the same (pages key their effects on them). */
  pageProps: PageProps;
  /** The page shown (null: the first registered page). Pages move to another through pageProps.navigate. */
  page: string | null;
  setPage: (id: string) => void;
}

const PaneContext = createContext<PaneState | null>(null);

export function usePane(): PaneState {
  const state = useContext(PaneContext);
  if (!state) throw new Error("usePane outside PaneProvider");
  return state;
}

async function clipboardWrite(text: string): Promise<void> {
  await globalThis.navigator.clipboard.writeText(text);
}

export function PaneProvider({ host, clock, copyText = clipboardWrite, children }: { host: Host; clock: Clock; copyText?: (text: string) => Promise<void>; children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(host.lang);
  const setLang = useCallback((l: Lang) => setLangState(l), []);
  // Loaded on first use: reading a workbook brings the whole core (catalogue, calendar data, traditional-character
  // tables), which the pane's frame does not need to draw its header and tabs.
  const load = useCallback(async (port: Host["port"]) => (await import(/* webpackChunkName: "workbook-context" */ "../../app/load-context")).loadContext(port, { lang }), [lang]);
  const [page, setPageState] = useState<string | null>(null);
  const setPage = useCallback((id: string) => setPageState(id), []);
  const [lastCheck, setLastCheck] = useState<LastCheck | null>(null);
  const recordCheck = useCallback((c: LastCheck) => setLastCheck(c), []);
  const pageProps = useMemo<PageProps>(
    () => ({
      port: host.port,
      lang,
      today: clock.today,
      now: clock.now,
      loadContext: load,
      watchChanges: host.watchChanges,
      chartsAvailable: host.chartsAvailable,
      copyText,
      navigate: setPage,
      lastCheck,
      recordCheck,
    }),
    [host, lang, clock, load, copyText, setPage, lastCheck, recordCheck]
  );
  const state = useMemo(() => ({ host, lang, setLang, pageProps, page, setPage }), [host, lang, setLang, pageProps, page, setPage]);
  return <PaneContext.Provider value={state}>{children}</PaneContext.Provider>;
}
