/**
 * A minimal `Office` namespace for the browser and for tests: `Office.onReady` resolves with host Excel,
 * `context.displayLanguage` is configurable, and `context.requirements.isSetSupported` answers from a table of
 * supported requirement-set versions, so a test can run the task pane as an older Excel would.
 */
export interface OfficeFakeOptions {
  displayLanguage?: string;
  /** Highest supported version per requirement set, e.g. { ExcelApi: "1.7" }. Default: ExcelApi 1.18. */
  supported?: Readonly<Record<string, string>>;
  platform?: string;
}

export interface OfficeFake {
  /** Like Office.onReady: resolves (and calls `callback`, when given) with the host info. */
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  HostType: { Excel: "Excel" };
  context: {
    displayLanguage: string;
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

/** Compares dotted versions numerically ("1.10" > "1.9"). */
export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

export function createOfficeFake(options: OfficeFakeOptions = {}): OfficeFake {
  const supported = options.supported ?? { ExcelApi: "1.18" };
  const platform = options.platform ?? "OfficeOnline";
  return {
    onReady: (callback) => {
      const info = { host: "Excel", platform };
      callback?.(info);
      return Promise.resolve(info);
    },
    HostType: { Excel: "Excel" },
    context: {
      displayLanguage: options.displayLanguage ?? "zh-CN",
      requirements: {
        isSetSupported(name: string, minVersion = "1.1") {
          const have = supported[name];
          return have !== undefined && versionAtLeast(have, minVersion);
        },
      },
    },
  };
}
