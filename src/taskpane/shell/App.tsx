/**
 * The pane's frame: title, language switch, the demo banner outside Excel, a tab per registered page, and the
 * selected page (loaded on first use). Works down to 320 px: the tabs wrap instead of scrolling sideways.
 */
import { Component, Suspense, type ReactNode } from "react";
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { translate, type Lang } from "../../core/i18n";
import { PAGES, type PageEntry } from "../pages";
import { errorText } from "./errors";
import { SHELL_MESSAGES } from "./messages";
import { usePane } from "./PaneContext";
import { UndoBar, WriteConfirmDialog } from "./WriteDialogs";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minWidth: "288px",
    boxSizing: "border-box",
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  tabs: { flexWrap: "wrap" },
});

type T = (key: keyof typeof SHELL_MESSAGES, p?: Record<string, string | number>) => string;

class PageBoundary extends Component<{ children: ReactNode; lang: Lang }, { error: unknown }> {
  override state: { error: unknown } = { error: null };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    if (this.state.error !== null) {
      return (
        <MessageBar intent="error">
          <MessageBarBody>
            {translate(SHELL_MESSAGES, this.props.lang, "pageFailed", {
              message: errorText(this.state.error, this.props.lang),
            })}
          </MessageBarBody>
        </MessageBar>
      );
    }
    return this.props.children;
  }
}

export function App({ pages = PAGES }: { pages?: readonly PageEntry[] }) {
  const styles = useStyles();
  const { host, lang, setLang, pageProps, page: chosen, setPage, writes } = usePane();
  const selected = chosen !== null && pages.some((p) => p.id === chosen) ? chosen : (pages[0]?.id ?? "");
  const t: T = (key, p) => translate(SHELL_MESSAGES, lang, key, p);
  const page = pages.find((p) => p.id === selected);
  const Page = page?.component;
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <div className={styles.root}>
        <header className={styles.header}>
          <Text as="h1" weight="semibold" size={400}>
            {t("title")}
          </Text>
          <Button
            size="small"
            appearance="subtle"
            title={t("switchLangHint")}
            lang={lang === "zh-CN" ? "en-US" : "zh-CN"}
            onClick={() => setLang(lang === "zh-CN" ? "en-US" : "zh-CN")}
          >
            {t("otherLang")}
          </Button>
        </header>
        {!host.inExcel && host.source !== "file" && (
          <MessageBar intent="info" data-testid="demo-banner">
            <MessageBarBody>{t("demoBanner")}</MessageBarBody>
          </MessageBar>
        )}
        <UndoBar writes={writes} lang={lang} />
        <WriteConfirmDialog writes={writes} lang={lang} undoable={typeof host.port.checkpoint === "function"} />
        <TabList
          className={styles.tabs}
          size="small"
          aria-label={t("pages")}
          selectedValue={selected}
          onTabSelect={(_, d) => setPage(String(d.value))}
        >
          {pages.map((p) => (
            <Tab key={p.id} id={`tab-${p.id}`} value={p.id} aria-controls={`panel-${p.id}`}>
              {p.label[lang]}
            </Tab>
          ))}
        </TabList>
        {page && Page && (
          <main role="tabpanel" id={`panel-${page.id}`} aria-labelledby={`tab-${page.id}`}>
            <PageBoundary key={page.id} lang={lang}>
              <Suspense fallback={<Spinner size="small" label={t("loadingPage")} />}>
                <Page {...pageProps} />
              </Suspense>
            </PageBoundary>
          </main>
        )}
      </div>
    </FluentProvider>
  );
}
