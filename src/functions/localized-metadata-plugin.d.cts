// Types for localized-metadata-plugin.cjs (plain CommonJS so webpack.config.js can require it).
import type { Compiler } from "webpack";

export interface FunctionMetadata {
  id: string;
  name?: string;
  description?: string;
  parameters?: { name: string; description?: string; type?: string }[];
  result?: { type?: string };
}
export interface FunctionsMetadata {
  functions: FunctionMetadata[];
}
export interface LocalizedText {
  description: string;
  parameters: Record<string, string>;
}
export declare const ZH_CN_TEXT: Record<string, LocalizedText>;
export declare function localizeFunctionsMetadata(
  generated: FunctionsMetadata,
  text?: Record<string, LocalizedText>,
): FunctionsMetadata;
export declare class LocalizedFunctionsMetadataPlugin {
  constructor(options?: { input?: string; output?: string });
  apply(compiler: Compiler): void;
}
