/**
 * Pure helpers behind the web parts' property panes and targets, kept free of SPFx imports so
 * they are unit-tested (test/unit/webparts) and reused by the local page.
 */
import * as strings from 'PmoHubStrings';

/** Properties every PMO web part has. */
export interface IPmoWebPartProps {
  /** Heading shown above the web part; empty for none. */
  title?: string;
  /**
   * Absolute URL of the PMO site that holds the lists. Empty means "this site"; a Teams tab sets it,
   * because a tab runs on the team's own site, not on the PMO site.
   */
  siteUrl?: string;
}

/** '' when the value is acceptable as a PMO site URL (empty or an absolute https URL), else the message. */
export function validateSiteUrl(value: string | undefined): string {
  const v = (value ?? '').trim();
  if (!v) return '';
  return /^https:\/\/[^\s/?#]+(\/[^\s?#]*)?$/i.test(v) ? '' : strings.WebPartPaneSiteUrlInvalid;
}

/** The PMO site URL to use: the configured one (without a trailing slash) or the current web's. */
export function effectiveSiteUrl(configured: string | undefined, currentWebUrl: string): string {
  const v = (configured ?? '').trim().replace(/\/+$/, '');
  return v && !validateSiteUrl(v) ? v : currentWebUrl;
}

/** The project id typed in the pane, or undefined when empty or not a positive whole number. */
export function parseProjectId(value: string | number | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** '' when the pane's project id is acceptable (empty or a positive whole number), else the message. */
export function validateProjectId(value: string | undefined): string {
  return !value || !value.trim() || parseProjectId(value) !== undefined ? '' : strings.WebPartPaneProjectIdInvalid;
}

/**
 * Which project the PMO Project web part shows. A project id the page author set wins; otherwise the
 * M365 group: the team's in Teams, the group-connected site's on a SharePoint page.
 */
export function projectTarget(
  projectIdProperty: string | number | undefined,
  groupId: string | undefined,
  channelId?: string
): { projectId?: number; groupId?: string; channelId?: string } {
  const projectId = parseProjectId(projectIdProperty);
  if (projectId !== undefined) return { projectId };
  if (!groupId) return {};
  return channelId ? { groupId, channelId } : { groupId };
}

/**
 * The register columns after one checkbox in the pane changed. Columns already shown keep their
 * order; a column switched on goes before the first shown column that follows it in `all`.
 * Unknown keys and duplicates are dropped.
 */
export function toggleColumn(current: string[], all: string[], key: string, on: boolean): string[] {
  const shown = current.filter((k, i) => all.indexOf(k) >= 0 && current.indexOf(k) === i);
  if (!on) return shown.filter((k) => k !== key);
  if (shown.indexOf(key) >= 0 || all.indexOf(key) < 0) return shown;
  const rank = all.indexOf(key);
  const at = shown.findIndex((k) => all.indexOf(k) > rank);
  return at < 0 ? [...shown, key] : [...shown.slice(0, at), key, ...shown.slice(at)];
}

/** '' when a days threshold typed in the pane is acceptable (empty for the default, or a whole number 0–365), else the message. */
export function validateDays(value: string | undefined): string {
  const v = (value ?? '').trim();
  if (!v) return '';
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 && n <= 365 ? '' : strings.ComplianceThresholdInvalid;
}
