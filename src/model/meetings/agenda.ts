/**
 * The agenda a meeting starts with (issue 8): approve the previous minutes, what the previous
 * occurrence carried over, the project's open actions (owner, due date, overdue marked), its open High
 * and Critical risks and issues, and pending decisions. Pure; the caller supplies today.
 */
import type { IActionItem, IRaidItem } from '../types';
import { toIsoDate } from '../dates';
import { isOpen as raidOpen, isSevere } from '../raid';
import type { IAgendaItem } from './types';

export interface IAgendaSources {
  actions: IActionItem[];
  raid: IRaidItem[];
  /**
   * The previous occurrence of the series (or the project's last meeting), when there is one.
   * `awaitingApproval`: its minutes wait to be approved here, as this meeting's first item.
   */
  previous?: { id: number; published: boolean; awaitingApproval?: boolean; carriedOver: IAgendaItem[] };
  /** A meeting of several projects (a steering committee) gets one section per project, in this order. */
  projects?: { id: number; label: string }[];
  today: Date | string;
}

const openAction = (a: IActionItem) => a.status === 'Open' || a.status === 'In progress';

/** An action is overdue when open and due before today (due today is not yet overdue). */
export function isActionOverdue(a: Pick<IActionItem, 'status' | 'dueDate'>, today: Date | string): boolean {
  return (a.status === 'Open' || a.status === 'In progress') && !!a.dueDate && a.dueDate.slice(0, 10) < toIsoDate(today);
}

const actionItem = (a: IActionItem, today: Date | string): IAgendaItem => ({
  id: `action-${a.id}`,
  kind: 'action',
  title: a.title,
  ownerName: a.owner?.title,
  dueDate: a.dueDate?.slice(0, 10),
  overdue: isActionOverdue(a, today),
  sourceId: a.id,
  projectId: a.projectId
});

/** One project's part: its open actions by due date, open High/Critical risks and issues, open decisions. */
function projectItems(actions: IActionItem[], raid: IRaidItem[], carried: Set<number | undefined>, today: Date | string): IAgendaItem[] {
  const items = actions
    .filter(openAction)
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.id - b.id)
    .map((a) => actionItem(a, today));
  const raidItem = (r: IRaidItem, kind: IAgendaItem['kind']): IAgendaItem => ({ id: `raid-${r.id}`, kind, title: r.title, ownerName: r.owner?.title, sourceId: r.id, projectId: r.projectId });
  const open = raid.filter((r) => !carried.has(r.id) && raidOpen(r));
  for (const r of open.filter((x) => (x.kind === 'Risk' || x.kind === 'Issue') && isSevere(x))) items.push(raidItem(r, r.kind === 'Risk' ? 'risk' : 'issue'));
  for (const r of open.filter((x) => x.kind === 'Decision')) items.push(raidItem(r, 'decision'));
  return items;
}

export function buildAgenda(src: IAgendaSources): IAgendaItem[] {
  const items: IAgendaItem[] = [];
  const prev = src.previous;
  if (prev && (prev.published || prev.awaitingApproval)) items.push({ id: 'approve-previous', kind: 'approvePrevious', title: '', sourceId: prev.id });
  for (const c of prev?.carriedOver ?? []) items.push({ ...c, id: `carried-${c.id}`, kind: 'carriedOver' });
  const carried = new Set(items.filter((i) => i.sourceId !== undefined && i.kind === 'carriedOver').map((i) => i.sourceId));
  const sections = src.projects && src.projects.length > 1 ? src.projects : undefined;
  if (!sections) return items.concat(projectItems(src.actions, src.raid, carried, src.today));
  for (const p of sections) {
    items.push({ id: `project-${p.id}`, kind: 'project', title: p.label, projectId: p.id });
    items.push(...projectItems(src.actions.filter((a) => a.projectId === p.id), src.raid.filter((r) => r.projectId === p.id), carried, src.today));
  }
  return items;
}

const plain = (html: string | undefined) => (html ?? '').replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').trim();

/**
 * A stored agenda brought up to date when the meeting is opened again: open actions made since
 * (e.g. by the previous occurrence's minutes) join it, after the other actions of their project;
 * actions done or cancelled since leave it unless notes were written on them; due dates and
 * overdue follow the action; previous minutes left to this meeting for approval open it. The same
 * array comes back when nothing changed (nothing to save).
 */
export function refreshAgenda(stored: IAgendaItem[], actions: IActionItem[], notes: Record<string, string>, today: Date | string, previous?: { id: number; awaitingApproval: boolean }): IAgendaItem[] {
  const open = actions.filter(openAction);
  const byId = new Map(open.map((a) => [a.id, a] as [number, IActionItem]));
  let changed = false;
  const out: IAgendaItem[] = [];
  // Previous minutes left to this meeting for approval after its agenda was written: their approval opens it.
  const approving = previous && previous.awaitingApproval ? previous.id : undefined;
  if (approving !== undefined && !stored.some((i) => i.kind === 'approvePrevious')) {
    out.push({ id: 'approve-previous', kind: 'approvePrevious', title: '', sourceId: approving });
    changed = true;
  }
  for (const i of stored) {
    if (i.kind === 'approvePrevious' && approving !== undefined && i.sourceId !== approving) {
      out.push({ ...i, sourceId: approving });
      changed = true;
      continue;
    }
    if (i.kind !== 'action' || i.sourceId === undefined) {
      out.push(i);
      continue;
    }
    const a = byId.get(i.sourceId);
    if (!a) {
      if (plain(notes[i.id])) out.push(i);
      else changed = true;
      continue;
    }
    const fresh = { ...i, title: a.title, dueDate: a.dueDate?.slice(0, 10), overdue: isActionOverdue(a, today), ownerName: a.owner?.title };
    const differs = fresh.title !== i.title || fresh.dueDate !== i.dueDate || fresh.overdue !== i.overdue || fresh.ownerName !== i.ownerName;
    changed = changed || differs;
    out.push(differs ? fresh : i);
  }
  const known = new Set(stored.filter((i) => i.kind === 'action').map((i) => i.sourceId));
  const added = open.filter((a) => !known.has(a.id)).sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.id - b.id);
  for (const a of added) {
    out.splice(insertAt(out, a.projectId), 0, actionItem(a, today));
    changed = true;
  }
  return changed ? out : stored;
}

/** After the last action of the project (or its section heading), else after the opening items. */
function insertAt(items: IAgendaItem[], projectId: number): number {
  for (let i = items.length - 1; i >= 0; i--) if (items[i].kind === 'action' && (items[i].projectId === undefined || items[i].projectId === projectId)) return i + 1;
  const head = items.findIndex((i) => i.kind === 'project' && i.projectId === projectId);
  if (head >= 0) return head + 1;
  let at = 0;
  while (at < items.length && (items[at].kind === 'approvePrevious' || items[at].kind === 'carriedOver')) at++;
  return at;
}

/** Items of a meeting's agenda that were not discussed (no notes) and so carry over to the next occurrence. */
export function carriedOverItems(agenda: IAgendaItem[], notes: Record<string, string>): IAgendaItem[] {
  return agenda.filter((i) => i.kind !== 'approvePrevious' && i.kind !== 'action' && i.kind !== 'project' && !plain(notes[i.id]));
}

/** Moves the item at `from` to `to` (keyboard and drag reordering share it); out-of-range moves change nothing. */
export function moveItem<T>(items: T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length || to < 0 || to >= items.length || from === to) return items;
  const out = items.slice();
  const [it] = out.splice(from, 1);
  out.splice(to, 0, it);
  return out;
}
