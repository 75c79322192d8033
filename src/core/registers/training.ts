/** 培训记录: staff training and assessment; a certificate only after passing both tests (DOMAIN S9, R65). */
import { T, cite, at, col, dept, msg, person, present, rule } from "./kit";
import type { RegisterDef, RuleFinding } from "./types";

const FAILED = "不合格";
const pass = rule(
  "pass",
  "error",
  {
    default: msg(
      "{col}为“不合格”，是否合格不能为“是”",
      "{col} is 不合格 (failed), so 是否合格 (passed) cannot be 是 (yes)",
    ),
  },
  (t, i, ctx) => {
    if (t.bool("是否合格", i) !== true) return null;
    const out: RuleFinding[] = [];
    for (const h of ["笔试结果", "实操结果"]) if (t.text(h, i) === FAILED) out.push(at(t, h, i, ctx));
    return out.length ? out : null;
  },
);

const PASSED = "合格";
/**
 * R65: a certificate only after both the written and the practical test are passed. A recorded result other than 合格
 * (未考, 不合格) is reported at its cell; a blank result is not, since many courses record only 是否合格.
 */
const certificate = rule(
  "certificate",
  "error",
  {
    default: msg(
      "{col}（{value}）只能在是否合格为“是”时填写",
      "{col} ({value}) may only be given when 是否合格 (passed) is 是 (yes)",
    ),
    tests: msg(
      "{col}为“{value}”：证书编号（{certificate}）须在笔试和实操均合格后才能填写",
      "{col} is {value}: a certificate ({certificate}) needs both the written and the practical test passed",
    ),
  },
  (t, i, ctx) => {
    if (!present(t, "证书编号", i)) return null;
    if (t.bool("是否合格", i) !== true) return [at(t, "证书编号", i, ctx)];
    const out: RuleFinding[] = [];
    const certificateNo = t.text("证书编号", i) ?? "";
    for (const h of ["笔试结果", "实操结果"]) {
      const result = t.text(h, i);
      if (result !== null && result !== PASSED) out.push(at(t, h, i, ctx, { certificate: certificateNo }, "tests"));
    }
    return out.length ? out : null;
  },
);

export const training: RegisterDef = {
  id: "training",
  sheet: "培训记录",
  en: "Training",
  tableName: "Training",
  key: ["员工姓名", "培训名称", "培训日期"],
  columns: [
    person("员工姓名", "Employee", { required: true }),
    dept("部门", "Department"),
    col("培训名称", "Course", T.text(), { required: true, width: 24 }),
    col("培训类型", "Course type", T.enumOf(["岗前培训", "服务意识培训", "系统培训", "专题讲座", "外出学习", "其他"]), {
      width: 13,
    }),
    col("培训日期", "Date", T.date(), { required: true }),
    col("学时", "Hours", T.decimal({ exclusiveMin: 0 })),
    col("笔试结果", "Written test", T.enumOf(["合格", "不合格", "未考"])),
    col("实操结果", "Practical test", T.enumOf(["合格", "不合格", "未考"])),
    col("是否合格", "Passed", T.bool()),
    col("证书编号", "Certificate no.", T.text()),
  ],
  rules: [cite(["R65"], pass), cite(["R65"], certificate)],
};
