// Builds the add-in: the task pane (which also registers the LEDGER custom functions, since both live in one shared
// runtime), the custom-function metadata in en-US and zh-CN, the icons and the manifest. `--env http` serves plain
// http for a Linux browser session; otherwise the dev server uses the Office dev certificates real Excel requires.
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { LocalizedFunctionsMetadataPlugin } = require("./src/functions/localized-metadata-plugin.cjs");

const FUNCTIONS_SOURCE = "./src/functions/functions.ts";

/**
 * Writes workbench-sw.js, the workbench's service worker, with the list of files it keeps for offline use: every
 * script and page of this build the workbench can load (not the task pane's own entry, source maps, the CLI or the
 * manifest). The cache name carries the build's hash, so a new build replaces the old copy.
 */
class WorkbenchServiceWorkerPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("WorkbenchServiceWorker", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "WorkbenchServiceWorker", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        const keep = (name) => /\.(js|html)$/.test(name) && !/^(cli\/|taskpane\.|functions)/.test(name) && name !== "workbench-sw.js";
        const files = Object.keys(compilation.assets).filter(keep).sort();
        const template = require("node:fs").readFileSync(path.resolve(__dirname, "src/workbench/service-worker.js"), "utf8");
        const body = template
          .replace("__CACHE_NAME__", `ledger-workbench-${compilation.fullHash}`)
          .replace("/* __FILE_LIST__ */", files.map((f) => JSON.stringify(`./${f}`)).join(", "));
        compilation.emitAsset("workbench-sw.js", new sources.RawSource(body));
      });
    });
  }
}
const DEV_PORT = 3000;

async function httpsOptions() {
  // Loaded lazily: the production build and `--env http` must not need the certificates installed.
  const devCerts = require("office-addin-dev-certs");
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (e) {
    // On Linux the certificates are generated but trusting their CA needs sudo, which a root shell or a container
    // may lack. Serve with the generated files anyway and say how to trust them, rather than stopping with a stack.
    const fs = require("node:fs");
    const defaults = require("office-addin-dev-certs/lib/defaults");
    const files = [defaults.caCertificatePath, defaults.localhostKeyPath, defaults.localhostCertificatePath];
    if (!files.every((f) => fs.existsSync(f))) throw e;
    process.stderr.write(
      `开发证书已生成，但无法自动信任其根证书（${e instanceof Error ? e.message.split("\n")[0] : e}）。\n` +
        `请在浏览器或系统中信任 ${defaults.caCertificatePath}，或改用 npm run dev-server -- --env http 在浏览器中查看窗格。\n` +
        `The dev certificates exist but their CA could not be trusted automatically. Trust ${defaults.caCertificatePath}\n` +
        `in your browser or system, or use npm run dev-server -- --env http to view the pane in a browser.\n`,
    );
    const [ca, key, cert] = files.map((f) => fs.readFileSync(f));
    return { ca, key, cert };
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const serveHttps = !env.http && process.argv.some((a) => a === "serve");
  return {
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      workbench: "./src/workbench/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // The entry keeps a fixed name: the manifest's custom-functions Script URL points at it.
      filename: (data) => (data.chunk?.name === "taskpane" || !production ? "[name].js" : "[name].[contenthash:8].js"),
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      // dist/cli is the CLI bundle (scripts/build-cli.mjs), built before this and not ours to remove.
      clean: { keep: /^cli[\\/]/ },
    },
    resolve: {
      extensions: [".tsx", ".ts", ".mjs", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "swc-loader",
            options: {
              jsc: {
                parser: { syntax: "typescript", tsx: true },
                transform: { react: { runtime: "automatic" } },
                target: "es2020",
              },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          // Fluent UI and React change less often than the add-in: a separate chunk stays cached across releases.
          ui: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|@floating-ui|tabster)[\\/]/, name: "ui", priority: 10 },
        },
      },
    },
    performance: {
      // The budget that matters is gzipped initial JS (≤ 300 KB, measured in the report); webpack measures raw bytes.
      maxEntrypointSize: 1_200_000,
      maxAssetSize: 1_200_000,
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
      new LocalizedFunctionsMetadataPlugin({ input: "functions.json", output: "functions.zh-CN.json" }),
      new HtmlWebpackPlugin({
        filename: "workbench.html",
        template: "./src/workbench/workbench.html",
        chunks: ["workbench"],
        scriptLoading: "defer",
      }),
      new WorkbenchServiceWorkerPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        // The template loads its own scripts once the pane's frame is painted (see the script at its end).
        inject: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    devServer: {
      port: DEV_PORT,
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serveHttps ? { type: "https", options: await httpsOptions() } : { type: "http" },
      hot: false,
      liveReload: false,
      client: false,
    },
  };
};
