/**
 * The task pane's entry. Importing the custom functions here registers them in the shared runtime (the metadata
 * plugin appends their CustomFunctions.associate calls to that module), so the functions and the pane share one
 * page. Then the pane connects to Excel — or to the demo workbook outside Office — and renders.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from "@fluentui/react-components";
import { translate, pickLang } from "../core/i18n";
import { App } from "./shell/App";
import { paneClock } from "./shell/clock";
import { errorText } from "./shell/errors";
import { connectHost } from "./shell/host";
import { SHELL_MESSAGES } from "./shell/messages";
import { PaneProvider } from "./shell/PaneContext";

// Outside Excel's custom-functions runtime the appended associate calls would throw and take the pane down with them.
if (typeof (globalThis as { CustomFunctions?: { associate?: unknown } }).CustomFunctions?.associate === "function") {
  void import(/* webpackChunkName: "functions" */ "../functions/functions");
}

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html lacks #root");
const root = createRoot(container);
const guessLang = pickLang(new URLSearchParams(location.search).get("lang") ?? navigator.language);

// Until the host connects, taskpane.html's own frame (header, tabs, 正在连接工作簿…) stays on screen.
connectHost().then(
  (host) => {
    root.render(
      <PaneProvider host={host} clock={paneClock(location.search)}>
        <App />
      </PaneProvider>,
    );
  },
  (e: unknown) => {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <MessageBar intent="error">
          <MessageBarBody>
            {translate(SHELL_MESSAGES, guessLang, "bootFailed", { message: errorText(e, guessLang) })}
          </MessageBarBody>
        </MessageBar>
      </FluentProvider>,
    );
  },
);
