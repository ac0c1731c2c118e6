/**
 * The mail log of a published status report (PMO Status Reports' MailLog column, JSON): when and to
 * whom it was mailed. Graph's sendMail has no idempotency key, so a mailing is recorded before the
 * mail goes ('sending') and confirmed after ('sent'): a second send, or a retry after the mail went
 * but its record failed, finds the entry and asks first instead of mailing twice silently. Pure.
 */

/** One mailing of a report. */
export interface IReportMailing {
  /** ISO time the mailing started (its identity in the log). */
  at: string;
  to: string[];
  /** 'sending' until the mail was accepted and that was recorded; a 'sending' entry may have gone out. */
  state: 'sending' | 'sent';
}

/** Parses the MailLog column; entries that are not mailings are left out. */
export function parseMailLog(json: string | undefined): IReportMailing[] {
  if (!json) return [];
  try {
    const list = JSON.parse(json) as unknown;
    if (!Array.isArray(list)) return [];
    return list.filter(
      (m): m is IReportMailing =>
        !!m && typeof m.at === 'string' && Array.isArray(m.to) && (m.state === 'sending' || m.state === 'sent')
    );
  } catch {
    return [];
  }
}

/** The log with `entry` in it: replacing the entry of the same start time, else added; oldest first. */
export function withMailing(log: IReportMailing[], entry: IReportMailing): IReportMailing[] {
  return log.filter((m) => m.at !== entry.at).concat([entry]).sort((a, b) => a.at.localeCompare(b.at));
}

/** The mailing a new send must ask about: the latest one, sent or maybe sent; undefined when never mailed. */
export function earlierMailing(log: IReportMailing[]): IReportMailing | undefined {
  return log.length ? log[log.length - 1] : undefined;
}

/** The latest mailing recorded as sent (shown with the report). */
export function lastSent(log: IReportMailing[]): IReportMailing | undefined {
  return log.filter((m) => m.state === 'sent').pop();
}
