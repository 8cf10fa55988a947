import { AppManifestUtils, type AppManifest } from "@microsoft/app-manifest";
import type { Config } from "../config/index.ts";

/** The values the manifest template's `{{NAME}}` placeholders take. */
export interface ManifestValues {
  /** The bot's Microsoft App ID; also used as the Teams app id. Must be a GUID. */
  MicrosoftAppId: string;
  PUBLIC_BASE_URL: string;
  /** The host name of PUBLIC_BASE_URL, for `validDomains`. */
  PUBLIC_HOST: string;
  COMPANY_NAME: string;
  PRIVACY_URL: string;
  TERMS_URL: string;
  /** The app version (semver); Teams wants it raised on every re-upload. */
  APP_VERSION: string;
}

/** One problem found in the manifest: `path` is a JSON pointer (`/bots/0/botId`), "" for the root. */
export interface ManifestIssue {
  path: string;
  message: string;
  /** The placeholders (settings) the template fills this field from, when there are any. */
  settings?: string[];
}

/** Config fields the manifest uses. */
export type ManifestConfig = Pick<
  Config,
  "MicrosoftAppId" | "PUBLIC_BASE_URL" | "COMPANY_NAME" | "PRIVACY_URL"
>;

/** Overrides from the command line; `appId` wins over `MicrosoftAppId` from the environment. */
export interface ManifestOptions {
  appId?: string | undefined;
  version: string;
}

/** Maps config to template values, or says why it cannot (a Teams package needs a bot id). */
export function toManifestValues(
  config: ManifestConfig,
  options: ManifestOptions,
): { ok: true; value: ManifestValues } | { ok: false; reason: "missing-app-id" } {
  const appId = options.appId?.trim() || config.MicrosoftAppId;
  if (!appId) return { ok: false, reason: "missing-app-id" };
  const base = new URL(config.PUBLIC_BASE_URL);
  const withSlash = base.href.endsWith("/") ? base.href : `${base.href}/`;
  return {
    ok: true,
    value: {
      MicrosoftAppId: appId,
      PUBLIC_BASE_URL: config.PUBLIC_BASE_URL,
      PUBLIC_HOST: base.hostname,
      COMPANY_NAME: config.COMPANY_NAME,
      PRIVACY_URL: config.PRIVACY_URL,
      TERMS_URL: new URL("terms", withSlash).href,
      APP_VERSION: options.version,
    },
  };
}

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

function fill(
  node: unknown,
  values: ManifestValues,
  path: string,
  issues: ManifestIssue[],
): unknown {
  if (typeof node === "string") {
    return node.replace(PLACEHOLDER, (whole, name: string) => {
      if (Object.hasOwn(values, name)) return values[name as keyof ManifestValues];
      issues.push({ path, message: `unknown placeholder ${whole}` });
      return whole;
    });
  }
  if (Array.isArray(node)) return node.map((item, i) => fill(item, values, `${path}/${i}`, issues));
  if (node && typeof node === "object") {
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [
        key,
        fill(value, values, `${path}/${key}`, issues),
      ]),
    );
  }
  return node;
}

/**
 * Replaces every `{{NAME}}` in the template's string values. Filling the parsed JSON, not the
 * text, keeps a quote or backslash in a value from breaking the document.
 */
export function fillManifest(
  template: unknown,
  values: ManifestValues,
): { manifest: Record<string, unknown>; issues: ManifestIssue[] } {
  const issues: ManifestIssue[] = [];
  const manifest = fill(template, values, "", issues) as Record<string, unknown>;
  return { manifest, issues };
}

/** The placeholder names in the template's value at a JSON pointer (`/bots/0/botId`), if any. */
export function placeholdersAt(template: unknown, pointer: string): string[] {
  let node = template;
  for (const key of pointer.split("/").slice(1)) {
    node = node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
  }
  return typeof node === "string"
    ? [...node.matchAll(PLACEHOLDER)].map((match) => match[1] ?? "")
    : [];
}

/** The manifest version a manifest declares (e.g. "1.30"), or undefined. */
export function manifestVersionOf(manifest: Record<string, unknown>): string | undefined {
  return typeof manifest.manifestVersion === "string" ? manifest.manifestVersion : undefined;
}

const REPORT = /^(\S*) (.*?)(?:\. Details: (.*))?$/s;

/** The validator's detail object, kept only when it adds something the message does not say. */
function detailsOf(message: string, details: string | undefined): string {
  if (!details) return "";
  try {
    const values = Object.values(JSON.parse(details) as Record<string, unknown>);
    return values.every((value) => message.includes(String(value))) ? "" : ` ${details}`;
  } catch {
    return ` ${details}`;
  }
}

/**
 * Validates a filled manifest against a Teams manifest JSON schema with the manifest package's own
 * validator (draft-04 aware). Returns no issues when the manifest is valid.
 */
export async function validateManifest(
  manifest: Record<string, unknown>,
  schema: object,
): Promise<ManifestIssue[]> {
  const reports = await AppManifestUtils.validateAgainstSchema(
    manifest as unknown as AppManifest,
    schema as Parameters<typeof AppManifestUtils.validateAgainstSchema>[1],
  );
  return reports.map((report) => {
    const [, path = "", message = report, details] = REPORT.exec(report) ?? [];
    return { path, message: `${message}${detailsOf(message, details)}` };
  });
}

/**
 * Points out values Teams accepts in a sideloaded package but that will not work for real users:
 * a local or plain-http address.
 */
export function reviewManifestValues(values: ManifestValues): string[] {
  const warnings: string[] = [];
  if (["localhost", "127.0.0.1", "[::1]"].includes(values.PUBLIC_HOST)) {
    warnings.push(
      `PUBLIC_BASE_URL points at ${values.PUBLIC_HOST}; set it to the advisor's public https address.`,
    );
  }
  const plainHttp = (["PUBLIC_BASE_URL", "PRIVACY_URL"] as const).filter(
    (name) => !values[name].startsWith("https://"),
  );
  if (plainHttp.length > 0) {
    warnings.push(`${plainHttp.join(" and ")} should be https links for Teams users.`);
  }
  return warnings;
}
