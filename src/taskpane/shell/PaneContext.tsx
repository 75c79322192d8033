/**
 * Cross-cutting state of the pane: the connected host (port, change events), the language with its manual switch,
 * and the office's clock. Pages get these as props from the shell; hooks that need them read this context.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import type { Lang } from "../../core/i18n";
import type { PageProps } from "../pages/types";
import type { Clock } from "./clock";
import type { Host } from "./host";
import type { LastCheck } from "./last-check";
import { cachedLoader, WorkbookStoreContext, type ContextLoad, type WorkbookStore } from "./workbook-store";
import { usePaneWrites, type PaneWrites } from "./writes";

export interface PaneState {
  host: Host;
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** The props every page receives; stable while port and language stay the same (pages key their effects on them). */
  pageProps: PageProps;
  /** The page shown (null: the first registered page). Pages move to another through pageProps.navigate. */
  page: string | null;
  setPage: (id: string) => void;
  writes: PaneWrites;
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

export function PaneProvider({
  host,
  clock,
  copyText = clipboardWrite,
  children,
}: {
  host: Host;
  clock: Clock;
  copyText?: (text: string) => Promise<void>;
  children: ReactNode;
}) {
  const [lang, setLangState] = useState<Lang>(host.lang);
  const setLang = useCallback((l: Lang) => setLangState(l), []);
  // Loaded on first use: reading a workbook brings the whole core (catalogue, calendar data, traditional-character
  // tables), which the pane's frame does not need to draw its header and tabs.
  const [progress, setProgress] = useState<WorkbookStore["progress"]>(null);
  const [generation, setGeneration] = useState(0);
  const loader = useRef<ReturnType<typeof cachedLoader> | null>(null);
  const langRef = useRef(lang);
  if (langRef.current !== lang || loader.current === null) {
    langRef.current = lang;
    loader.current = cachedLoader(async (port, options: ContextLoad) => {
      const { loadContext } = await import(/* webpackChunkName: "workbook-context" */ "../../app/load-context");
      try {
        return await loadContext(port, {
          lang,
          isCancelled: options.isCancelled,
          onProgress: (done, total) => {
            setProgress({ done, total });
            options.onProgress?.(done, total);
          },
        });
      } finally {
        setProgress(null);
      }
    });
  }
  const current = loader.current;
  // A new function after each invalidation, so every page's effect keyed on it reads again.
  const load = useMemo(() => {
    void generation;
    return (port: Host["port"], options?: ContextLoad) => current.load(port, options);
  }, [current, generation]);
  const invalidate = useCallback(() => {
    loader.current?.clear();
    setGeneration((g) => g + 1);
  }, []);
  const store = useMemo<WorkbookStore>(() => ({ progress, invalidate }), [progress, invalidate]);
  const writes = usePaneWrites(host.port, invalidate);
  const [page, setPageState] = useState<string | null>(null);
  // Opening a page reads the workbook again (the user may have edited it in Excel since): the shared read serves the
  // pages and components on screen together, never a page opened later.
  const setPage = useCallback((id: string) => {
    loader.current?.clear();
    setPageState(id);
  }, []);
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
      write: writes.write,
    }),
    [host, lang, clock, load, copyText, setPage, lastCheck, recordCheck, writes.write],
  );
  const state = useMemo(
    () => ({ host, lang, setLang, pageProps, page, setPage, writes }),
    [host, lang, setLang, pageProps, page, setPage, writes],
  );
  return (
    <PaneContext.Provider value={state}>
      <WorkbookStoreContext.Provider value={store}>{children}</WorkbookStoreContext.Provider>
    </PaneContext.Provider>
  );
}
