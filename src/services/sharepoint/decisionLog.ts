/**
 * The decision log (issue 10): every Decision of the RAID log, of one project or all, newest first,
 * with the meeting it was taken in. Words, project and dates are one server-side $filter (Kind is
 * indexed and comes first, so a large list stays under the list view threshold); every literal goes
 * through src/services/odata.ts. Only Title is searched: SharePoint does not filter on Note columns.
 */
import { addDays } from '../../model/dates';
import { ITEM_FIELDS, RAID_FIELDS as R, idColumn } from '../../model/fields';
import type { SPFI } from '../clients';
import { guard } from '../guard';
import { and, cmp, dateLiteral, eq, substringOf } from '../odata';
import type { IDecisionEntry, IDecisionLog, IDecisionQuery } from '../types';
import { LISTS } from './schema';
import { id, optStr, str, type SpItem } from './values';

const PAGE = 500;
/** Each word must appear in the title; a handful is plenty and keeps the URL short. */
const MAX_WORDS = 6;

export function decisionFilter(q: IDecisionQuery): string {
  const words = (q.words || '').split(/\s+/).map((w) => w.trim()).filter(Boolean).slice(0, MAX_WORDS);
  return and(
    eq(R.kind, 'Decision'),
    q.projectId !== undefined ? eq(idColumn(R.project), q.projectId) : undefined,
    ...words.map((w) => substringOf(w, R.title)),
    q.from ? cmp(ITEM_FIELDS.created, 'ge', dateLiteral(q.from)) : undefined,
    // "To" is a whole day, inclusive.
    q.to ? cmp(ITEM_FIELDS.created, 'lt', dateLiteral(addDays(q.to, 1))) : undefined
  );
}

function entryOf(raw: SpItem): IDecisionEntry {
  const owner = raw[R.owner] as { Title?: string } | null | undefined;
  const meeting = raw[R.raisedInMeeting] as { Title?: string } | null | undefined;
  return {
    id: Number(raw[ITEM_FIELDS.id]),
    title: str(raw[R.title]),
    detail: str(raw[R.description]),
    projectId: Number(raw[idColumn(R.project)]),
    owner: optStr(owner && owner.Title),
    date: str(raw[ITEM_FIELDS.created]),
    meetingId: id(raw[idColumn(R.raisedInMeeting)]),
    meetingTitle: optStr(meeting && meeting.Title)
  };
}

export class DecisionLogReader implements IDecisionLog {
  constructor(private readonly sp: SPFI) {}

  public find(q: IDecisionQuery): Promise<IDecisionEntry[]> {
    return guard(`Reading the decision log${q.projectId !== undefined ? ` of project ${q.projectId}` : ''}`, async () => {
      const items = this.sp.web.lists
        .getByTitle(LISTS.raid)
        .items.select(ITEM_FIELDS.id, R.title, R.description, idColumn(R.project), ITEM_FIELDS.created, idColumn(R.raisedInMeeting), `${R.raisedInMeeting}/Title`, `${R.owner}/Title`)
        .expand(R.owner, R.raisedInMeeting)
        .filter(decisionFilter(q))
        // Newest first; decisions recorded together (one publication) newest item first.
        .orderBy(ITEM_FIELDS.created, false)
        .orderBy(ITEM_FIELDS.id, false)
        .top(PAGE);
      const out: IDecisionEntry[] = [];
      for await (const page of items) for (const raw of page as SpItem[]) out.push(entryOf(raw));
      return out;
    });
  }
}
