/**
 * One pane context (issue #11 item 7): the shell reads the workbook once and every page shares that read. A page asks
 * through `PageProps.loadContext(port)` (the cached read, or one under way), `{ fresh: true }` forces a new read (检查
 * does, so it checks what the sheets hold now) which the other pages then share, and `invalidate()` — after a write
 * or an undo, or a page's 重新读取 — drops the cache and makes every page on screen read again.
 */
import { createContext, useContext } from "react";
import type { WorkbookContext } from "../../app/load-context";
import type { WorkbookPort } from "../../workbook/port";

export interface ContextLoad {
  /** Read again even when a read is cached. */
  fresh?: boolean;
  onProgress?: (done: number, total: number) => void;
  isCancelled?: () => boolean;
}

export type LoadWorkbookContext = (port: WorkbookPort, options?: ContextLoad) => Promise<WorkbookContext>;

export interface WorkbookStore {
  /** Rows read so far by the read under way (null when none runs). */
  progress: { done: number; total: number } | null;
  invalidate: () => void;
}

export const WorkbookStoreContext = createContext<WorkbookStore | null>(null);

export function useWorkbookStore(): WorkbookStore | null {
  return useContext(WorkbookStoreContext);
}

interface Cached {
  port: WorkbookPort;
  promise: Promise<WorkbookContext>;
}

/** The cache behind `loadContext`: one read per port until invalidated; a failed read is not kept. */
export function cachedLoader(read: (port: WorkbookPort, options: ContextLoad) => Promise<WorkbookContext>): {
  load: LoadWorkbookContext;
  clear: () => void;
} {
  let cached: Cached | null = null;
  return {
    load: (port, options = {}) => {
      if (!options.fresh && cached && cached.port === port) return cached.promise;
      const promise = read(port, options);
      const entry = { port, promise };
      cached = entry;
      promise.catch(() => {
        if (cached === entry) cached = null;
      });
      return promise;
    },
    clear: () => {
      cached = null;
    },
  };
}
