// `npm run check:manifest [manifest.xml]`: the offline CI gate for the add-in only manifest. It checks what Office
// rejects or silently mishandles at sideload time and what the store asks for, without the network that
// `office-addin-manifest validate` needs: well-formed XML, OfficeApp children in schema order, a GUID Id, every resid
// defined exactly once with the right resource kind, id and string length limits, https URLs on the pane's origin,
// and a zh-CN override on every user-visible string. Prints one line per problem and exits 1 when there is any.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { XMLParser, XMLValidator } from "fast-xml-parser";

/** OfficeApp's children in the order the schema's sequence requires (TaskPaneApp). */
export const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];
const REQUIRED_CHILDREN = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "DefaultSettings",
  "Permissions",
];

export const LOCALE = "zh-CN";
const MAX_RESID = 32;
const MAX_SHORT = 125;
const MAX_LONG = 250;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const KIND_OF_SECTION = {
  "bt:Images": "Images",
  "bt:Urls": "Urls",
  "bt:ShortStrings": "ShortStrings",
  "bt:LongStrings": "LongStrings",
};

/** The resource kind an element's resid must name, by element (and, for Title/Description, by parent). */
function expectedKind(name, parent) {
  switch (name) {
    case "bt:Image":
      return "Images";
    case "SourceLocation":
    case "FunctionFile":
    case "LearnMoreUrl":
    case "Runtime":
      return "Urls";
    case "Label":
    case "Title":
    case "Namespace":
      return "ShortStrings";
    case "Description":
      return parent === "Supertip" || parent === "GetStarted" ? "LongStrings" : null;
    default:
      return null;
  }
}

/** fast-xml-parser's ordered output as a plain tree of { name, attrs, children, text }. */
function toTree(nodes) {
  const out = [];
  for (const node of nodes) {
    const attrs = node[":@"] ?? {};
    const name = Object.keys(node).find((k) => k !== ":@");
    if (name === undefined || name === "?xml" || name === "#comment") continue;
    if (name === "#text") {
      out.push({ name, attrs: {}, children: [], text: String(node[name]) });
      continue;
    }
    const children = toTree(node[name]);
    const text = children
      .filter((c) => c.name === "#text")
      .map((c) => c.text)
      .join("");
    out.push({ name, attrs, children: children.filter((c) => c.name !== "#text"), text });
  }
  return out;
}

function* walk(node, parent = null) {
  yield { node, parent };
  for (const c of node.children) yield* walk(c, node);
}

const attr = (node, name) => node.attrs[`@_${name}`];
const child = (node, name) => node.children.find((c) => c.name === name);
const overrideOf = (node, tag) => node.children.find((c) => c.name === tag && attr(c, "Locale") === LOCALE);

function originOf(url) {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** Every problem of the manifest text, as sentences; empty when it passes. */
export function checkManifest(text) {
  const problems = [];
  const valid = XMLValidator.validate(text);
  if (valid !== true) return [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`];
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    trimValues: true,
    parseTagValue: false,
  });
  const roots = toTree(parser.parse(text));
  const app = roots.find((n) => n.name === "OfficeApp");
  if (!app) return ["the root element is not OfficeApp"];

  // Schema order of OfficeApp's children.
  let last = -1;
  let lastName = "";
  for (const c of app.children) {
    const at = OFFICE_APP_ORDER.indexOf(c.name);
    if (at < 0) problems.push(`OfficeApp has an unexpected child <${c.name}>`);
    else if (at < last) problems.push(`<${c.name}> must come before <${lastName}> in OfficeApp (schema order)`);
    else {
      last = at;
      lastName = c.name;
    }
  }
  for (const name of REQUIRED_CHILDREN) if (!child(app, name)) problems.push(`OfficeApp lacks <${name}>`);

  const id = child(app, "Id")?.text ?? "";
  if (child(app, "Id") && !GUID.test(id.trim())) problems.push(`<Id> is not a GUID: "${id}"`);

  // The origin every URL must share: the task pane's SourceLocation.
  const source = child(child(app, "DefaultSettings") ?? { children: [] }, "SourceLocation");
  const sourceUrl = source ? attr(source, "DefaultValue") : undefined;
  const origin = sourceUrl ? originOf(sourceUrl) : null;
  if (!origin) problems.push("DefaultSettings/SourceLocation has no valid DefaultValue URL");
  const checkUrl = (where, url) => {
    if (typeof url !== "string" || !url.startsWith("https://"))
      problems.push(`${where} is not an https URL: "${url ?? ""}"`);
    else if (origin && originOf(url) !== origin)
      problems.push(`${where} is not on the pane's origin ${origin}: "${url}"`);
  };
  const localized = (where, node, tag, max) => {
    const value = attr(node, "DefaultValue");
    if (typeof value !== "string" || value.trim() === "") problems.push(`${where} has no DefaultValue`);
    else if ([...value].length > max) problems.push(`${where} is longer than ${max} characters (${[...value].length})`);
    const o = overrideOf(node, tag);
    if (!o) problems.push(`${where} has no ${LOCALE} override`);
    else {
      const v = attr(o, "Value") ?? "";
      if (v.trim() === "") problems.push(`${where}'s ${LOCALE} override is empty`);
      else if ([...v].length > max)
        problems.push(`${where}'s ${LOCALE} override is longer than ${max} characters (${[...v].length})`);
    }
  };

  for (const [name, max] of [
    ["DisplayName", MAX_SHORT],
    ["Description", MAX_LONG],
  ]) {
    const node = child(app, name);
    if (node) localized(`<${name}>`, node, "Override", max);
  }
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const node = child(app, name);
    if (node) checkUrl(`<${name}>`, attr(node, "DefaultValue"));
  }
  for (const d of child(app, "AppDomains")?.children ?? []) {
    if (!d.text.startsWith("https://")) problems.push(`AppDomain is not https: "${d.text}"`);
  }

  // Resources: each id once, ≤ 32 characters, in its kind's section.
  const defined = new Map();
  const resources = [];
  for (const { node } of walk(app)) {
    const kind = KIND_OF_SECTION[node.name];
    if (!kind || !node.children.every((c) => c.name === "bt:Image" || c.name === "bt:Url" || c.name === "bt:String"))
      continue;
    for (const r of node.children) {
      const rid = attr(r, "id");
      if (typeof rid !== "string" || rid === "") {
        problems.push(`a resource in ${node.name} has no id`);
        continue;
      }
      if (rid.length > MAX_RESID) problems.push(`resource id "${rid}" is longer than ${MAX_RESID} characters`);
      if (defined.has(rid)) problems.push(`resource id "${rid}" is defined more than once`);
      else defined.set(rid, kind);
      resources.push({ rid, kind, node: r });
    }
  }

  // References: defined, of the right kind; and which strings only name the functions' namespace.
  const used = new Map();
  for (const { node, parent } of walk(app)) {
    const rid = attr(node, "resid");
    if (rid === undefined) continue;
    const uses = used.get(rid) ?? [];
    uses.push(node.name);
    used.set(rid, uses);
    if (rid.length > MAX_RESID)
      problems.push(`resid "${rid}" on <${node.name}> is longer than ${MAX_RESID} characters`);
    const kind = defined.get(rid);
    if (kind === undefined) {
      problems.push(`resid "${rid}" on <${node.name}> is not defined in Resources`);
      continue;
    }
    const want = expectedKind(node.name, parent?.name ?? null);
    if (want && want !== kind)
      problems.push(`resid "${rid}" on <${node.name}> must name a ${want} resource, not ${kind}`);
  }

  for (const { rid, kind, node } of resources) {
    if (!used.has(rid)) problems.push(`resource "${rid}" is defined but never used`);
    if (kind === "Images" || kind === "Urls") {
      checkUrl(`resource "${rid}"`, attr(node, "DefaultValue"));
      for (const o of node.children.filter((c) => c.name === "bt:Override"))
        checkUrl(`resource "${rid}" (${attr(o, "Locale")})`, attr(o, "Value"));
      continue;
    }
    const max = kind === "ShortStrings" ? MAX_SHORT : MAX_LONG;
    // The functions' namespace is an identifier in formulas, the same in every language, not text to translate.
    const identifier = (used.get(rid) ?? []).every((n) => n === "Namespace") && used.has(rid);
    if (identifier) {
      const v = attr(node, "DefaultValue") ?? "";
      if (!/^[A-Za-z][A-Za-z0-9_.]*$/.test(v)) problems.push(`namespace "${rid}" is not an ASCII identifier: "${v}"`);
    } else {
      localized(`string "${rid}"`, node, "bt:Override", max);
    }
  }
  return problems;
}

function main() {
  const file = process.argv[2] ?? "manifest.xml";
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    process.stderr.write(`${file}: cannot read: ${e.message}\n`);
    process.exit(2);
  }
  const problems = checkManifest(text);
  if (problems.length === 0) {
    process.stdout.write(`${file}: ok\n`);
    return;
  }
  for (const p of problems) process.stdout.write(`${file}: ${p}\n`);
  process.stdout.write(`${problems.length} problem${problems.length === 1 ? "" : "s"}\n`);
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
