/**
 * A form (表单) is data, like a register: its title, the register its rows land in, the fields (each one a register
 * column) and how they sit on an A4 page, the notes printed under them and the signature lines. Templates, filled
 * forms, the import reader and the task pane's 表单 page all read these definitions (issue #15, docs/forms.md).
 */
import type { Lang } from "../i18n";

export interface FormFieldDef {
  /** Canonical header of the register column the field fills. */
  column: string;
  /** A whole-width box of several lines (文件标题, 事由, 问题描述). */
  box?: { lines: number };
  /** Printed in a blank template's cell (问题提报表's 状态 starts as 待分派). */
  initial?: string;
}

export interface FormNoteDef {
  /** Text with `{value}` replaced by the `参数设置` value of `setting` (the form quotes the workbook's own limit). */
  text: Readonly<Record<Lang, string>>;
  setting?: string;
}

export interface FormDef {
  /** Stable id (file names, JSON, the pane). */
  id: string;
  /** The title printed on the form and its sheet's name, e.g. 报销申请表. */
  title: string;
  en: string;
  /** Register id (the catalogue's). */
  register: string;
  fields: readonly FormFieldDef[];
  notes: readonly FormNoteDef[];
  /** Signature and date lines at the foot, left to right in pairs: 申请人签字, 审批人签字, 日期. */
  signatures: readonly string[];
}
