/**
 * The published minutes as an outline of plain text: what the Word document and the mail are built
 * from. Notes are reduced to text paragraphs (list items keep a bullet), so neither output can carry
 * anything active from the stored HTML, whatever it holds.
 */
import type { IAgendaItem, IAttendance, IMinutes } from './types';

export interface IMinutesOutline {
  title: string;
  /** ISO start and end. */
  start: string;
  end: string;
  organizer: string;
  projects: string[];
  revision: number;
  attendance: IAttendance[];
  items: { title: string; paragraphs: string[] }[];
  decisions: { title: string; detail: string }[];
  actions: { title: string; owner: string; dueDate: string }[];
  risks: { kind: string; title: string; description: string }[];
  link?: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Text paragraphs of an HTML fragment: block ends break lines, tags go, entities are decoded. */
export function htmlToParagraphs(html: string): string[] {
  const text = (html || '')
    .replace(/<(script|style|iframe|object)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<li[^>]*>/gi, '\n• ')
    .replace(/<(br|\/p|\/div|\/li|\/h[1-6]|\/ul|\/ol|\/blockquote)[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    });
  return text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l && l !== '•');
}

export interface IOutlineLabels {
  approvePrevious: string;
}

export function minutesOutline(
  meeting: { title: string; start: string; end: string; organizer: string; revision: number },
  agenda: IAgendaItem[],
  minutes: IMinutes,
  projects: string[],
  labels: IOutlineLabels,
  link?: string
): IMinutesOutline {
  return {
    title: meeting.title,
    start: meeting.start,
    end: meeting.end,
    organizer: meeting.organizer,
    projects,
    revision: meeting.revision,
    attendance: minutes.attendance,
    items: agenda.map((i) => ({ title: i.kind === 'approvePrevious' ? labels.approvePrevious : i.title, paragraphs: htmlToParagraphs(minutes.notes[i.id] || '') })),
    decisions: minutes.decisions.map((d) => ({ title: d.title, detail: d.detail })),
    actions: minutes.actions.map((a) => ({ title: a.title, owner: a.ownerName || a.ownerEmail || '', dueDate: a.dueDate || '' })),
    risks: minutes.risks.map((r) => ({ kind: r.kind, title: r.title, description: r.description })),
    link
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The section and column labels every rendering of the minutes (mail, Word) shares. */
export interface IMinutesLabels {
  attendance: string;
  agenda: string;
  decisions: string;
  actions: string;
  risks: string;
  owner: string;
  due: string;
  status: Record<string, string>;
}

export interface IMailLabels extends IMinutesLabels {
  openMinutes: string;
}

/** The mail body: readable HTML built from escaped text only. */
export function outlineToHtml(o: IMinutesOutline, l: IMailLabels, when: string): string {
  const list = (rows: string[]) => (rows.length ? `<ul>${rows.map((r) => `<li>${r}</li>`).join('')}</ul>` : '');
  const parts = [
    `<h1>${esc(o.title)}</h1>`,
    `<p>${esc(when)}</p>`,
    `<h2>${esc(l.attendance)}</h2>`,
    list(o.attendance.map((a) => `${esc(a.name)} (${esc(l.status[a.status] || a.status)})`)),
    `<h2>${esc(l.agenda)}</h2>`,
    ...o.items.map((i) => `<h3>${esc(i.title)}</h3>${i.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}`),
    o.decisions.length ? `<h2>${esc(l.decisions)}</h2>${list(o.decisions.map((d) => `<strong>${esc(d.title)}</strong>${d.detail ? ` – ${esc(d.detail)}` : ''}`))}` : '',
    o.actions.length ? `<h2>${esc(l.actions)}</h2>${list(o.actions.map((a) => `${esc(a.title)} – ${esc(l.owner)}: ${esc(a.owner)}, ${esc(l.due)}: ${esc(a.dueDate)}`))}` : '',
    o.risks.length ? `<h2>${esc(l.risks)}</h2>${list(o.risks.map((r) => `${esc(r.kind)}: ${esc(r.title)}${r.description ? ` – ${esc(r.description)}` : ''}`))}` : '',
    o.link && /^https:\/\//i.test(o.link) ? `<p><a href="${esc(o.link)}">${esc(l.openMinutes)}</a></p>` : ''
  ];
  return parts.join('');
}

/** One agenda line of the agenda mail, as the person reads it (texts already localized). */
export interface IAgendaMailLine {
  kind: string;
  title: string;
  /** "– Megan Bowen – due 3 Mar 2026", empty when neither. */
  detail: string;
  overdue?: string;
}

/** The agenda mail sent before the meeting: readable HTML built from escaped text only. */
export function agendaToHtml(title: string, when: string, heading: string, lines: IAgendaMailLine[]): string {
  const rows = lines.map((l) => `<li>${esc(l.kind)}: <strong>${esc(l.title)}</strong>${l.detail ? ` ${esc(l.detail)}` : ''}${l.overdue ? ` <strong>${esc(l.overdue)}</strong>` : ''}</li>`);
  return [`<h1>${esc(title)}</h1>`, `<p>${esc(when)}</p>`, `<h2>${esc(heading)}</h2>`, rows.length ? `<ol>${rows.join('')}</ol>` : ''].join('');
}

/**
 * The mail asking the chair to approve: who asks and for which revision, the link to the minutes in
 * PMO Hub, then the minutes themselves (`minutesHtml`, the outline's escaped HTML) to read first.
 */
export function approvalMailHtml(intro: string, open: string, link: string, minutesHtml: string): string {
  // Only web links: the link is the page the writer sent from (the local page is http on loopback).
  const a = /^https?:\/\//i.test(link) ? `<p><a href="${esc(link)}">${esc(open)}</a></p>` : '';
  return `<p>${esc(intro)}</p>${a}<hr/>${minutesHtml}`;
}
