// zh-CN custom-function metadata. Microsoft documents localizing custom functions with one metadata JSON per language,
// chosen by an <Override Locale="zh-CN" Value=".../functions.zh-CN.json"/> on the manifest's functions.json URL.
// custom-functions-metadata-plugin generates functions.json in one language from the JSDoc; this webpack plugin
// derives functions.zh-CN.json from it with the table in functions.zh-CN.text.json. Ids and names stay the same,
// so formulas keep working whatever language opens the workbook.
const ZH_CN_TEXT = require("./functions.zh-CN.text.json");

/** The generated metadata with zh-CN descriptions; throws when a function or parameter lacks a translation. */
function localizeFunctionsMetadata(generated, text = ZH_CN_TEXT) {
  return {
    ...generated,
    functions: generated.functions.map((f) => {
      const t = text[f.id];
      if (!t) throw new Error(`no zh-CN text for custom function ${f.id}`);
      const parameters = f.parameters?.map((p) => {
        const description = t.parameters[p.name];
        if (description === undefined) throw new Error(`no zh-CN text for parameter ${p.name} of ${f.id}`);
        return { ...p, description };
      });
      return parameters === undefined
        ? { ...f, description: t.description }
        : { ...f, description: t.description, parameters };
    }),
  };
}

/** Emits `output` (default functions.zh-CN.json) from the `input` metadata asset the metadata plugin added. */
class LocalizedFunctionsMetadataPlugin {
  constructor(options = {}) {
    this.input = options.input ?? "functions.json";
    this.output = options.output ?? "functions.zh-CN.json";
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedFunctionsMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(this.input);
          if (!asset) {
            compilation.errors.push(
              new WebpackError(`LocalizedFunctionsMetadataPlugin: no ${this.input} asset to localize`),
            );
            return;
          }
          try {
            const localized = localizeFunctionsMetadata(JSON.parse(asset.source.source().toString()));
            compilation.emitAsset(this.output, new sources.RawSource(JSON.stringify(localized, null, 4)));
          } catch (e) {
            compilation.errors.push(new WebpackError(`LocalizedFunctionsMetadataPlugin: ${e.message}`));
          }
        },
      );
    });
  }
}

module.exports = { LocalizedFunctionsMetadataPlugin, localizeFunctionsMetadata, ZH_CN_TEXT };
