/**
 * The State Council's yearly notice (国务院办公厅关于XXXX年部分节假日安排的通知) as pasted text → the year's 放假 and
 * 上班 rows, each with its holiday name. The notice has kept one form for two decades: numbered items
 * "一、元旦：…", a sentence with the days off ("1月1日（周四）至3日（周六）放假调休，共3天" / "5月1日放假，与周末连休" /
 * "1月1日放假，1月2日（星期一）补休") and one with the make-up working days ("1月4日（周日）上班").
 *
 * Every day inside a range is listed, weekends included, as the official data lists them; "与周末连休" adds no day
 * (the official data lists only the named day). Parenthesised text — weekdays, lunar dates, "除夕（2月9日）" in an
 * encouragement to take leave — is never a schedule date and is dropped first. "共N天" is checked against the days
 * found, so a truncated paste is refused rather than imported short.
 */
import { isValidYmd, serialToIso, ymdToSerial, type IsoDate, type Serial } from "../dates";
import { toHalfWidth } from "./date-text";
import { CalendarError } from "./errors";

export type NoticeRowKind = "放假" | "上班";

export interface NoticeRow {
  date: Serial;
  kind: NoticeRowKind;
  /** The holiday as the notice names it: 元旦, 春节, …; a combined item keeps both, e.g. 国庆节、中秋节. */
  name: string;
}

export interface HolidayNotice {
  year: number;
  /** In date order, one per date. */
  rows: NoticeRow[];
}

/** Why a text is not a notice this parser can import; its message (CALENDAR_MESSAGES) says what to paste instead. */
export class NoticeError extends CalendarError {
  override name = "NoticeError";
}

/** Full names as the notices since 2008 write them; older short forms and the quoted "五一"/"十一" map onto them. */
const FULL_NAMES: Readonly<Record<string, string>> = {
  元旦: "元旦",
  春节: "春节",
  清明节: "清明节",
  清明: "清明节",
  劳动节: "劳动节",
  五一: "劳动节",
  端午节: "端午节",
  端午: "端午节",
  中秋节: "中秋节",
  中秋: "中秋节",
  国庆节: "国庆节",
  国庆: "国庆节",
  十一: "国庆节",
};
// Longest first, so 清明节 is not read as 清明 + 节.
const NAME = Object.keys(FULL_NAMES)
  .sort((a, b) => b.length - a.length)
  .join("|");
/** An item heading: optional ordinal "三、", one or more names joined by 、/和/与, then a colon. */
const HEADING_RE = new RegExp(`(?:[一二三四五六七八九十]+[、.])?((?:${NAME})(?:[、和与及](?:${NAME}))*):`, "g");
const DATE = String.raw`(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})[日号]`;
/** A date or a range of dates: 1月28日至2月4日, 2007年12月30日—2008年1月1日, 4月4日至6日. */
const SPAN_RE = new RegExp(`${DATE}(?:(?:至|到|—+|–|-|~)${DATE})?`, "g");
const TOTAL_RE = /共(\d+)天/;
const YEAR_RES = [/(\d{4})年部分节假日安排/, /关于(\d{4})年/, /(\d{4})年(?:元旦|春节)/];

/** Half-width, no parenthesised asides, no quotes or whitespace: what the patterns below read. */
function normalize(text: string): string {
  let t = toHalfWidth(text).replace(/[“”"「」『』‘’']/g, "");
  // Innermost first, so a nested aside goes too.
  for (let prev = ""; prev !== t;) {
    prev = t;
    t = t.replace(/\([^()]*\)/g, "").replace(/（[^（）]*）/g, "");
  }
  return t.replace(/\s+/g, "");
}

function noticeYear(text: string, given: number | undefined): number {
  let found: number | null = null;
  for (const re of YEAR_RES) {
    const m = re.exec(text);
    if (m) {
      found = Number(m[1]);
      break;
    }
  }
  if (given !== undefined && found !== null && given !== found)
    throw new NoticeError("noticeYearMismatch", { given, found });
  const year = given ?? found;
  if (year === null) throw new NoticeError("noticeNoYear");
  if (!Number.isInteger(year) || year < 1990 || year > 2199) throw new NoticeError("noticeNoYear");
  return year;
}

/** Reads the dates of one item, carrying year and month from one date to the next as the notice writes them. */
class DateReader {
  private year: number;
  private month = 0;
  constructor(
    private readonly noticeYear: number,
    private readonly newYearItem: boolean,
  ) {
    this.year = noticeYear;
  }

  private explicitYear = false;

  read(y: string | undefined, m: string | undefined, d: string | undefined, source: string): Serial {
    if (y !== undefined) {
      this.year = Number(y);
      this.explicitYear = true;
    }
    if (m !== undefined) this.month = Number(m);
    const day = Number(d);
    // "12月31日（星期六）上班" under 元旦 is the December before the notice's year (2006, 2012 notices).
    const year = !this.explicitYear && this.newYearItem && this.month === 12 ? this.noticeYear - 1 : this.year;
    if (this.month === 0 || !isValidYmd(year, this.month, day))
      throw new NoticeError("noticeBadDate", { text: source });
    return ymdToSerial(year, this.month, day);
  }

  /** Every date a clause names, ranges expanded. */
  dates(clause: string): Serial[] {
    const out: Serial[] = [];
    for (const m of clause.matchAll(SPAN_RE)) {
      const from = this.read(m[1], m[2], m[3], m[0]);
      if (m[6] === undefined) {
        out.push(from);
        continue;
      }
      const to = this.read(m[4], m[5], m[6], m[0]);
      if (to < from || to - from > 31) throw new NoticeError("noticeBadDate", { text: m[0] });
      for (let s = from; s <= to; s++) out.push(s);
    }
    return out;
  }
}

/** "上班" as a make-up day, not "2月3日起正常上班" (the day work resumes, which is an ordinary day). */
const isWorkClause = (c: string): boolean => c.includes("上班") && !/起(?:正常)?上班/.test(c);
const isOffClause = (c: string): boolean => c.includes("放假") || c.includes("补休");

/**
 * Parses a pasted notice. The year comes from the text ("2026年部分节假日安排") or `options.year`; both given must agree.
 * Throws NoticeError (a CalendarError: `calendarErrorMessage` gives it in either language) for text that is not a
 * notice, a date that does not exist, an item whose days disagree with its "共N天", or a date listed both ways.
 */
export function parseHolidayNotice(text: string, options: { year?: number } = {}): HolidayNotice {
  const t = normalize(text);
  if (t === "") throw new NoticeError("noticeEmpty");
  const year = noticeYear(t, options.year);
  const headings = [...t.matchAll(HEADING_RE)];
  const byDate = new Map<Serial, NoticeRow>();
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i] as RegExpMatchArray;
    const start = (h.index as number) + h[0].length;
    const body = t.slice(start, i + 1 < headings.length ? (headings[i + 1] as RegExpMatchArray).index : t.length);
    const names = (h[1] as string).split(/[、和与及]/).map((n) => FULL_NAMES[n] ?? n);
    const name = [...new Set(names)].join("、");
    const reader = new DateReader(year, names.includes("元旦"));
    let off = 0;
    let total: number | null = null;
    // Clauses end at 。；， — a range never spans one, and each clause says either 放假/补休 or 上班 of its dates.
    for (const clause of body.split(/[。;,]/)) {
      const m = TOTAL_RE.exec(clause);
      if (m && total === null) total = Number(m[1]);
      const kind: NoticeRowKind | null = isWorkClause(clause) ? "上班" : isOffClause(clause) ? "放假" : null;
      if (kind === null) {
        // Older notices explain the swap ("其中，29日、30日、31日为法定假日，将…调至…"): no rows, but the month they name
        // carries to the next clause; a day the carried month lacks ("29日" after "2月4日") is not this clause's concern.
        try {
          reader.dates(clause);
        } catch (e) {
          if (!(e instanceof NoticeError)) throw e;
        }
        continue;
      }
      for (const date of reader.dates(clause)) {
        const earlier = byDate.get(date);
        if (earlier && earlier.kind !== kind) throw new NoticeError("noticeConflict", { date: serialToIso(date) });
        if (!earlier) {
          byDate.set(date, { date, kind, name });
          if (kind === "放假") off++;
        }
      }
    }
    if (total !== null && off !== total) throw new NoticeError("noticeCountMismatch", { name, total, found: off });
  }
  const rows = [...byDate.values()].sort((a, b) => a.date - b.date);
  if (rows.length === 0) throw new NoticeError("noticeNoHolidays", { year });
  for (const r of rows) {
    // Only 元旦 reaches back into the previous December; anything else outside the year is a misread.
    const iso = serialToIso(r.date);
    if (!iso.startsWith(`${year}-`) && !iso.startsWith(`${year - 1}-12-`))
      throw new NoticeError("noticeOutOfYear", { date: iso, year });
  }
  return { year, rows };
}

/** The `--json` shape: `{"year": 2026, "rows": [{"date": "2026-01-01", "kind": "放假", "name": "元旦"}, …]}`. */
export function noticeToJson(notice: HolidayNotice): {
  year: number;
  rows: { date: IsoDate; kind: NoticeRowKind; name: string }[];
} {
  return {
    year: notice.year,
    rows: notice.rows.map((r) => ({ date: serialToIso(r.date), kind: r.kind, name: r.name })),
  };
}
