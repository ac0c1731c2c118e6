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
  /** The previous occurrence of the series (or the project's last meeting), when there is one. */
  previous?: { id: number; published: boolean; carriedOver: IAgendaItem[] };
  today: Date | string;
}

const openAction = (a: IActionItem) => a.status === 'Open' || a.status === 'In progress';

/** An action is overdue when open and due before today (due today is not yet overdue). */
export function isActionOverdue(a: Pick<IActionItem, 'status' | 'dueDate'>, today: Date | string): boolean {
  return (a.status === 'Open' || a.status === 'In progress') && !!a.dueDate && a.dueDate.slice(0, 10) < toIsoDate(today);
}

export function buildAgenda(src: IAgendaSources): IAgendaItem[] {
  const items: IAgendaItem[] = [];
  if (src.previous && src.previous.published) items.push({ id: 'approve-previous', kind: 'approvePrevious', title: '' });
  for (const c of src.previous?.carriedOver ?? []) items.push({ ...c, id: `carried-${c.id}`, kind: 'carriedOver' });
  const actions = src.actions
    .filter(openAction)
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.id - b.id);
  for (const a of actions) {
    items.push({
      id: `action-${a.id}`,
      kind: 'action',
      title: a.title,
      ownerName: a.owner?.title,
      dueDate: a.dueDate?.slice(0, 10),
      overdue: isActionOverdue(a, src.today),
      sourceId: a.id
    });
  }
  const carried = new Set(items.filter((i) => i.sourceId !== undefined && i.kind === 'carriedOver').map((i) => i.sourceId));
  const severe = src.raid.filter((r) => !carried.has(r.id) && raidOpen(r) && (r.kind === 'Risk' || r.kind === 'Issue') && isSevere(r));
  for (const r of severe) items.push({ id: `raid-${r.id}`, kind: r.kind === 'Risk' ? 'risk' : 'issue', title: r.title, ownerName: r.owner?.title, sourceId: r.id });
  for (const r of src.raid.filter((x) => !carried.has(x.id) && x.kind === 'Decision' && raidOpen(x))) {
    items.push({ id: `raid-${r.id}`, kind: 'decision', title: r.title, ownerName: r.owner?.title, sourceId: r.id });
  }
  return items;
}

/** Items of a meeting's agenda that were not discussed (no notes) and so carry over to the next occurrence. */
export function carriedOverItems(agenda: IAgendaItem[], notes: Record<string, string>): IAgendaItem[] {
  const plain = (html: string | undefined) => (html ?? '').replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').trim();
  return agenda.filter((i) => i.kind !== 'approvePrevious' && i.kind !== 'action' && !plain(notes[i.id]));
}

/** Moves the item at `from` to `to` (keyboard and drag reordering share it); out-of-range moves change nothing. */
export function moveItem<T>(items: T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length || to < 0 || to >= items.length || from === to) return items;
  const out = items.slice();
  const [it] = out.splice(from, 1);
  out.splice(to, 0, it);
  return out;
}
