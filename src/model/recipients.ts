/**
 * The distribution list of a published status report: the sponsor, the project manager and the
 * project's stakeholders (the members of its Microsoft 365 group), each once, chosen by default; the
 * sender clears anyone who should not get it or adds an address. Pure.
 */
export type RecipientRole = 'sponsor' | 'manager' | 'member' | 'added';

export interface IRecipient {
  mail: string;
  name: string;
  role: RecipientRole;
  chosen: boolean;
}

/** A plain mail address (local@domain.tld); what Graph's sendMail accepts as an emailAddress. */
const MAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]{2,}$/;

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Adds people to the list in order, skipping those without a mail and addresses already in it (the first role wins). */
export function mergeRecipients(list: IRecipient[], people: { mail?: string; name?: string }[], role: RecipientRole): IRecipient[] {
  const out = list.slice();
  for (const p of people) {
    const mail = (p.mail ?? '').trim();
    if (!mail || out.some((r) => same(r.mail, mail))) continue;
    out.push({ mail, name: p.name?.trim() || mail, role, chosen: true });
  }
  return out;
}

/** Why an address cannot be added (a strings key), or undefined when it can. */
export function addressError(list: IRecipient[], text: string): 'ReportMailInvalidAddress' | 'ReportMailDuplicate' | undefined {
  const mail = text.trim();
  if (!MAIL.test(mail)) return 'ReportMailInvalidAddress';
  return list.some((r) => same(r.mail, mail)) ? 'ReportMailDuplicate' : undefined;
}

/** The addresses the mail goes to. */
export const chosenMails = (list: IRecipient[]): string[] => list.filter((r) => r.chosen).map((r) => r.mail);
