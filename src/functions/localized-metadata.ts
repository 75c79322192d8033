/**
 * zh-CN custom-function metadata. Microsoft's documented way to localize custom functions is one metadata JSON per
 * language, selected by an `<Override Locale="zh-CN" …>` on the manifest's functions.json URL; the generated
 * functions.json has one language, so the build derives functions.zh-CN.json from it with this table (function ids
 * and names stay the same, so formulas keep working whatever language opens the workbook).
 */
interface FunctionMetadata {
  id: string;
  description?: string;
  parameters?: { name: string; description?: string }[];
  result?: { description?: string };
}
export interface FunctionsMetadata {
  functions: FunctionMetadata[];
}

interface LocalizedText {
  description: string;
  parameters: Record<string, string>;
}

export const ZH_CN_FUNCTION_TEXT: Readonly<Record<string, LocalizedText>> = {
  WORKDAY: {
    description: "按中国法定工作日（含调休上班和「节假日调整」）计算开始日期之后第 n 个工作日，开始日不计；结果为日期序列号。",
    parameters: { start: "开始日期：日期单元格、序列号或“2025-09-26”“2025年9月26日”这样的文本", days: "工作日数，负数表示向前推" },
  },
  NETWORKDAYS: {
    description: "按中国法定工作日（含调休上班和「节假日调整」）统计两个日期之间的工作日数，首尾都计入；结束早于开始时为负数。",
    parameters: { start: "开始日期", end: "结束日期" },
  },
  ISWORKDAY: {
    description: "判断日期是否为中国法定工作日（含调休上班和「节假日调整」），是则返回 TRUE。",
    parameters: { date: "日期" },
  },
  DEADLINE: {
    description: "按时限计算截止时间：“3工作日”得到日期，“5天”“24小时”“2工作小时”得到日期时间；工作小时按「参数设置」中的上班时间计算。",
    parameters: { start: "开始日期或日期时间", limit: "时限，如 3工作日、5天、24小时、2工作小时" },
  },
};

/** The generated metadata with zh-CN descriptions; throws when a function or parameter lacks a translation. */
export function localizeFunctionsMetadata(generated: FunctionsMetadata): FunctionsMetadata {
  return {
    ...generated,
    functions: generated.functions.map((f) => {
      const text = ZH_CN_FUNCTION_TEXT[f.id];
      if (!text) throw new Error(`no zh-CN text for custom function ${f.id}`);
      return {
        ...f,
        description: text.description,
        parameters: f.parameters?.map((p) => {
          const description = text.parameters[p.name];
          if (description === undefined) throw new Error(`no zh-CN text for parameter ${p.name} of ${f.id}`);
          return { ...p, description };
        }),
      };
    }),
  };
}
