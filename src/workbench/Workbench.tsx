/**
 * The 台账工作台: the task pane's pages over a .xlsx file opened in the browser. Before a file is open it shows the
 * open area; afterwards the pane (same pages, same use cases) on the file adapter, a bar to save the processed
 * workbook as a new download, and the read-only preview a problem click opens.
 */
import { useCallback, useEffect, useRef, useState, type DragEvent } from "react";
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { translate, type Lang } from "../core/i18n";
import { App } from "../taskpane/shell/App";
import type { Clock } from "../taskpane/shell/clock";
import { errorText } from "../taskpane/shell/errors";
import type { Host } from "../taskpane/shell/host";
import { PaneProvider, usePane } from "../taskpane/shell/PaneContext";
import type { XlsxWorkbook } from "../xlsx/workbook";
import { WORKBENCH_MESSAGES } from "./messages";
import { savedFileName } from "./saved-name";
import { previewingPort } from "./previewing-port";
import { SheetPreview, type PreviewTarget } from "./SheetPreview";
import { warmUp } from "./warm-up";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    maxWidth: "1200px",
    margin: "0 auto",
    boxSizing: "border-box",
  },
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalXXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    alignItems: "center",
    textAlign: "center",
  },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  work: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, alignItems: "flex-start" },
  pane: {
    flex: "0 1 440px",
    minWidth: "300px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  preview: { flex: "1 1 420px", minWidth: "300px" },
  hidden: { display: "none" },
});

type M = keyof typeof WORKBENCH_MESSAGES;

/** Hands the bytes to the browser as a download named `name` (the page cannot write the opened file). */
function download(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

interface Opened {
  /** Counts opens, so a file opened again gets a fresh pane. */
  id: number;
  name: string;
  workbook: XlsxWorkbook;
  host: Host;
}

export function Workbench({ initialLang, clock }: { initialLang: Lang; clock: Clock }) {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [preview, setPreview] = useState<PreviewTarget | null>(null);
  const [lang, setLang] = useState<Lang>(initialLang);
  const opens = useRef(0);

  const open = useCallback(
    (name: string, workbook: XlsxWorkbook) => {
      const port = previewingPort(workbook, (sheet, row, column) => setPreview({ sheet, row, column }));
      setPreview(null);
      opens.current += 1;
      setOpened({
        id: opens.current,
        name,
        workbook,
        host: { port, inExcel: false, source: "file", lang, watchChanges: null, chartsAvailable: true },
      });
    },
    [lang],
  );

  if (opened === null) return <OpenArea lang={lang} onLang={setLang} onOpen={open} />;
  return (
    <PaneProvider key={opened.id} host={opened.host} clock={clock}>
      <WorkArea
        opened={opened}
        preview={preview}
        onClosePreview={() => setPreview(null)}
        onOpenOther={() => setOpened(null)}
        onLang={setLang}
      />
    </PaneProvider>
  );
}

function OpenArea({
  lang,
  onLang,
  onOpen,
}: {
  lang: Lang;
  onLang: (l: Lang) => void;
  onOpen: (name: string, wb: XlsxWorkbook) => void;
}) {
  const styles = useStyles();
  const t = (key: M, p?: Record<string, string | number>) => translate(WORKBENCH_MESSAGES, lang, key, p);
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  useEffect(() => {
    const timer = setTimeout(warmUp, 0);
    return () => clearTimeout(timer);
  }, []);

  const take = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setBusy(file.name);
    try {
      const { openPickedFile } = await import(/* webpackChunkName: "workbench-open" */ "./open-file");
      const out = await openPickedFile(new Uint8Array(await file.arrayBuffer()), file.name, lang);
      if (out.ok) onOpen(file.name, out.workbook);
      else setError(out.message);
    } catch (e) {
      setError(errorText(e, lang));
    } finally {
      setBusy(null);
    }
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    void take(e.dataTransfer.files[0]);
  };

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <div className={styles.page}>
        <header className={styles.bar}>
          <Text as="h1" size={600} weight="semibold">
            {t("title")}
          </Text>
          <Button size="small" appearance="subtle" onClick={() => onLang(lang === "zh-CN" ? "en-US" : "zh-CN")}>
            {lang === "zh-CN" ? "English" : "中文"}
          </Button>
        </header>
        <Text>{t("intro")}</Text>
        <MessageBar intent="info" data-testid="workbench-privacy">
          <MessageBarBody>{t("privacy")}</MessageBarBody>
        </MessageBar>
        <div
          className={over ? `${styles.drop} ${styles.dropActive}` : styles.drop}
          data-testid="workbench-drop"
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
        >
          <Text>{t("drop")}</Text>
          <Button appearance="primary" onClick={() => input.current?.click()} disabled={busy !== null}>
            {t("pick")}
          </Button>
          <input
            ref={input}
            className={styles.hidden}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={t("pickLabel")}
            data-testid="workbench-file"
            onChange={(e) => {
              void take(e.currentTarget.files?.[0]);
              e.currentTarget.value = "";
            }}
          />
          {busy !== null && <Spinner size="small" label={t("opening", { file: busy })} />}
        </div>
        {error !== null && (
          <MessageBar intent="error" data-testid="workbench-error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </FluentProvider>
  );
}

function WorkArea({
  opened,
  preview,
  onClosePreview,
  onOpenOther,
  onLang,
}: {
  opened: Opened;
  preview: PreviewTarget | null;
  onClosePreview: () => void;
  onOpenOther: () => void;
  onLang: (l: Lang) => void;
}) {
  const styles = useStyles();
  const { lang } = usePane();
  // The frame's language follows the pane's switch, so the next open area speaks the same language.
  useEffect(() => onLang(lang), [lang, onLang]);
  const t = (key: M, p?: Record<string, string | number>) => translate(WORKBENCH_MESSAGES, lang, key, p);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    setSaving(true);
    setSaved(null);
    setError(null);
    try {
      const name = savedFileName(opened.name);
      download(await opened.workbook.toBuffer(), name);
      setSaved(name);
    } catch (e) {
      setError(t("saveFailed", { message: errorText(e, lang) }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <div className={styles.page}>
        <header className={styles.bar}>
          <Text as="h1" size={500} weight="semibold">
            {t("title")}
          </Text>
          <Text data-testid="workbench-file-name">{t("opened", { file: opened.name })}</Text>
          <Button appearance="primary" onClick={() => void save()} disabled={saving} data-testid="workbench-save">
            {saving ? t("saving") : t("save")}
          </Button>
          <Button onClick={onOpenOther}>{t("openOther")}</Button>
        </header>
        <Text size={200}>
          {t("privacy")} {t("saveNote")}
        </Text>
        {saved !== null && (
          <MessageBar intent="success" data-testid="workbench-saved">
            <MessageBarBody>{t("saved", { file: saved })}</MessageBarBody>
          </MessageBar>
        )}
        {error !== null && (
          <MessageBar intent="error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.work}>
          <div className={styles.pane}>
            <App />
          </div>
          {preview !== null && (
            <div className={styles.preview}>
              <SheetPreview port={opened.host.port} target={preview} lang={lang} onClose={onClosePreview} />
            </div>
          )}
        </div>
      </div>
    </FluentProvider>
  );
}
