import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { IHealthReason } from '../../model/statusReport';

const text = (key: string): string => (strings as unknown as Record<string, string>)[key] || key;

/** A missing part's localized name (ReportPart* strings). */
export const partText = (part: string): string => text(`ReportPart${part}`);

/** A reason of a suggested health in words (StatusReason* strings; a missing part by its name). */
export function reasonText(r: IHealthReason): string {
  const values = (r.values ?? []).map((v) => (r.key === 'StatusReasonMissing' ? partText(String(v)) : v));
  return format(text(r.key), ...values);
}
