/**
 * The workbench's entry: renders the open area, and registers the service worker that keeps the page's files so it
 * works offline once loaded (served over http(s); a page opened from file:// has no service worker and needs the
 * network for nothing but its own files).
 */
import { createRoot } from "react-dom/client";
import { pickLang } from "../core/i18n";
import { paneClock } from "../taskpane/shell/clock";
import { Workbench } from "./Workbench";

const container = document.getElementById("root");
if (!container) throw new Error("workbench.html lacks #root");
const lang = pickLang(new URLSearchParams(location.search).get("lang") ?? navigator.language);
createRoot(container).render(<Workbench initialLang={lang} clock={paneClock(location.search)} />);

if ("serviceWorker" in navigator && /^https?:$/.test(location.protocol)) {
  // The page is offline-ready once the worker controls it: from then on every file comes from its copy.
  const mark = () => {
    if (navigator.serviceWorker.controller) document.documentElement.setAttribute("data-offline-ready", "true");
  };
  navigator.serviceWorker.addEventListener("controllerchange", mark);
  // No offline copy (private mode, blocked): the page still works while online.
  navigator.serviceWorker.register("workbench-sw.js").then(mark, () => undefined);
}
