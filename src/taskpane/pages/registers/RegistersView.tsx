/** The registers page's body. Presentational: the overview, the open mapping and the actions come in as props. */
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Select,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { translate, type Lang } from "../../../core/i18n";
import { REGISTERS_MESSAGES, type RegistersKey } from "./messages";
import type { MappingRow, RegistersOverview, SheetColumn } from "./view-model";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalM,
  },
  // In a narrow pane the name wraps and the button keeps its place at the right, so the buttons stay in one column.
  item: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    "& > :first-child": { flex: "1 1 auto", minWidth: 0 },
    "& > button": { flexShrink: 0 },
  },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface OpenMapping {
  sheet: string;
  headerRow: number;
  rows: MappingRow[];
  /** The header row's columns, offered to correct a row. */
  columns: SheetColumn[];
  /** Sheet columns given to more than one register column ("收文日期 / 办理期限"); confirming waits until none. */
  doubles: string[];
  confirmed: boolean;
}

export interface QuickSetup {
  /** The registers ticked. */
  ids: string[];
  /** The sheets confirming would add (existing sheets are never touched). */
  preview: { registers: string[]; settings: string[] };
}

export interface RegistersViewProps {
  lang: Lang;
  overview: RegistersOverview | null;
  mapping: OpenMapping | null;
  /** 一键建立常用台账: the open choice with its preview, or null while closed. */
  quick: QuickSetup | null;
  onQuickOpen: () => void;
  onQuickToggle: (registerId: string, on: boolean) => void;
  onQuickConfirm: () => void;
  onQuickCancel: () => void;
  onAdd: (registerId: string) => void;
  onSetup: () => void;
  onShowMapping: (sheet: string) => void;
  onConfirm: () => void;
  onForget: () => void;
  onCloseMapping: () => void;
  /** The person says register column `header` is sheet column `index` (null: the sheet has none). */
  onCorrect: (header: string, index: number | null) => void;
  busy: boolean;
  error: string | null;
  info: string | null;
}

type Styles = ReturnType<typeof useStyles>;
type T = (key: RegistersKey, p?: Record<string, string | number>) => string;

/** What each part of the page shares: the styles, the page's words and its way of listing names. */
interface Parts {
  styles: Styles;
  t: T;
  list: (items: string[]) => string;
  busy: boolean;
}

/** A section of the page over the overview. */
interface SectionProps {
  overview: RegistersOverview;
  props: RegistersViewProps;
  parts: Parts;
}

/** 查看列对应: the register's columns with the sheet column each was found in, correctable, then confirmed. */
function MappingCard({ mapping, props, parts }: { mapping: OpenMapping; props: RegistersViewProps; parts: Parts }) {
  const { styles, t, list, busy } = parts;
  const title = t("mappingTitle", { sheet: mapping.sheet, row: mapping.headerRow });
  return (
    <Card className={styles.section} role="region" aria-label={title}>
      <Text weight="semibold">{title}</Text>
      <Table size="extra-small" aria-label={title}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("colCanonical")}</TableHeaderCell>
            <TableHeaderCell>{t("colSheet")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {mapping.rows.map((r) => (
            <TableRow key={r.header}>
              <TableCell>{r.required ? `${r.header} *` : r.header}</TableCell>
              <TableCell>
                <Select
                  size="small"
                  aria-label={t("correctLabel", { header: r.header })}
                  value={r.index === null ? "" : String(r.index)}
                  onChange={(_, d) => props.onCorrect(r.header, d.value === "" ? null : Number(d.value))}
                  disabled={busy}
                  data-changed={r.changed ? "true" : undefined}
                >
                  <option value="">{t("notFound")}</option>
                  {mapping.columns.map((c) => (
                    <option key={c.index} value={String(c.index)}>{`${c.letter} · ${c.text}`}</option>
                  ))}
                </Select>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {mapping.doubles.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("doubles", { cols: list(mapping.doubles) })}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={props.onConfirm} disabled={busy || mapping.doubles.length > 0}>
          {t("confirm")}
        </Button>
        {mapping.confirmed && (
          <Button onClick={props.onForget} disabled={busy}>
            {t("forget")}
          </Button>
        )}
        <Button appearance="subtle" onClick={props.onCloseMapping}>
          {t("close")}
        </Button>
      </div>
    </Card>
  );
}

/** 一键建立常用台账: closed, an invitation; open, the absent registers to tick and what confirming would add. */
function QuickSetupCard({ overview, props, parts }: SectionProps) {
  const { styles, t, list, busy } = parts;
  const quick = props.quick;
  const adds = quick === null ? 0 : quick.preview.registers.length + quick.preview.settings.length;
  return (
    <Card className={styles.section} role="region" aria-label={t("quickTitle")}>
      <Text as="h2" weight="semibold">
        {t("quickTitle")}
      </Text>
      {quick === null ? (
        <>
          <Text>{overview.present.length === 0 ? t("quickIntroEmpty") : t("quickIntro")}</Text>
          <div className={styles.actions}>
            <Button
              appearance={overview.present.length === 0 ? "primary" : "secondary"}
              onClick={props.onQuickOpen}
              disabled={busy}
            >
              {t("quickOpen")}
            </Button>
          </div>
        </>
      ) : (
        <>
          <Text>{t("quickChoose")}</Text>
          <div className={styles.list} role="group" aria-label={t("quickChoose")}>
            {overview.absent.map((r) => (
              <Checkbox
                key={r.id}
                label={r.label}
                checked={quick.ids.includes(r.id)}
                onChange={(_, d) => props.onQuickToggle(r.id, d.checked === true)}
              />
            ))}
          </div>
          <Text role="status" data-testid="setup-preview">
            {adds === 0
              ? t("quickNothing")
              : t("quickPreview", {
                  n: adds,
                  registers: quick.preview.registers.length === 0 ? t("none") : list(quick.preview.registers),
                  settings: quick.preview.settings.length === 0 ? t("none") : list(quick.preview.settings),
                })}
          </Text>
          <div className={styles.actions}>
            <Button appearance="primary" onClick={props.onQuickConfirm} disabled={busy || adds === 0}>
              {t("quickConfirm", { n: adds })}
            </Button>
            <Button onClick={props.onQuickCancel}>{t("cancel")}</Button>
          </div>
        </>
      )}
    </Card>
  );
}

/** The registers found, each with how well its columns matched and the way to its column mapping. */
function PresentSection({ overview, props, parts }: SectionProps) {
  const { styles, t, list, busy } = parts;
  return (
    <div className={styles.section}>
      <Text as="h2" weight="semibold">
        {t("present")}
      </Text>
      {overview.present.length === 0 && <Text>{t("nonePresent")}</Text>}
      <ul className={styles.list} aria-label={t("present")}>
        {overview.present.map((r) => (
          <li key={r.sheet} className={styles.item}>
            <span>
              <Text>{r.label}</Text>{" "}
              <Badge appearance="tint" color={r.missing.length > 0 ? "warning" : "success"}>
                {t("score", { pct: r.score })}
              </Badge>{" "}
              {r.confirmed && (
                <Badge appearance="outline" color="informative">
                  {t("confirmedBasis")}
                </Badge>
              )}
              {r.missing.length > 0 && (
                <Text block size={200}>
                  {t("missing", { cols: list(r.missing) })}
                </Text>
              )}
              {r.stale && (
                <Text block size={200}>
                  {t("stale")}
                </Text>
              )}
            </span>
            <Button
              size="small"
              aria-label={t("recognizeLabel", { sheet: r.sheet })}
              onClick={() => props.onShowMapping(r.sheet)}
              disabled={busy}
            >
              {t("recognize")}
            </Button>
          </li>
        ))}
      </ul>
      {overview.unrecognized.length > 0 && (
        <Text size={200}>{t("unrecognized", { sheets: list(overview.unrecognized) })}</Text>
      )}
    </div>
  );
}

/** The registers not in the workbook, one 添加 each (hidden while 一键建立's tick list shows the same registers). */
function AbsentSection({ overview, props, parts }: SectionProps) {
  const { styles, t, busy } = parts;
  return (
    <div className={styles.section} hidden={props.quick !== null}>
      <Text as="h2" weight="semibold">
        {t("absent")}
      </Text>
      {overview.absent.length === 0 && <Text>{t("noneAbsent")}</Text>}
      <ul className={styles.list} aria-label={t("absent")}>
        {overview.absent.map((r) => (
          <li key={r.id} className={styles.item}>
            <Text>{r.label}</Text>
            <Button
              size="small"
              aria-label={t("addLabel", { sheet: r.sheet })}
              onClick={() => props.onAdd(r.id)}
              disabled={busy}
            >
              {t("add")}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The settings sheets: complete, or which are missing with 建立设置表. */
function SettingsSection({ overview, props, parts }: SectionProps) {
  const { styles, t, list, busy } = parts;
  return (
    <div className={styles.section}>
      <Text as="h2" weight="semibold">
        {t("settings")}
      </Text>
      <div className={styles.item}>
        <Text>
          {overview.settingsMissing.length === 0
            ? t("settingsComplete")
            : t("settingsMissing", { sheets: list(overview.settingsMissing) })}
        </Text>
        <Button
          size="small"
          aria-label={t("setupLabel")}
          onClick={props.onSetup}
          disabled={busy || overview.settingsMissing.length === 0}
        >
          {t("setup")}
        </Button>
      </div>
    </div>
  );
}

export function RegistersView(props: RegistersViewProps) {
  const styles = useStyles();
  const { lang, overview, mapping } = props;
  const t: T = (key, p) => translate(REGISTERS_MESSAGES, lang, key, p);
  const parts: Parts = {
    styles,
    t,
    list: (items) => items.join(lang === "zh-CN" ? "、" : ", "),
    busy: props.busy,
  };
  return (
    <section aria-label={t("title")}>
      {props.busy && <Spinner size="tiny" label={t("loading")} />}
      {props.error && (
        <MessageBar intent="error">
          <MessageBarBody>{props.error}</MessageBarBody>
        </MessageBar>
      )}
      {props.info && (
        <MessageBar intent="success">
          <MessageBarBody>{props.info}</MessageBarBody>
        </MessageBar>
      )}
      {mapping && <MappingCard mapping={mapping} props={props} parts={parts} />}
      {overview && overview.absent.length > 0 && <QuickSetupCard overview={overview} props={props} parts={parts} />}
      {overview && (
        <>
          <PresentSection overview={overview} props={props} parts={parts} />
          <AbsentSection overview={overview} props={props} parts={parts} />
          <SettingsSection overview={overview} props={props} parts={parts} />
        </>
      )}
    </section>
  );
}
