import * as strings from 'PmoHubStrings';
import type { IConflictField } from '../records/ConflictDialog';
import type { IMeetingValues } from './meetingValues';

const titles = (rows: { title: string }[]) => rows.map((r) => r.title).join('; ');

/** The parts of a meeting the conflict dialog lets the person choose between. */
export const meetingConflictFields: IConflictField<IMeetingValues>[] = [
  { key: 'agendaItems', label: strings.MinutesAgenda, format: (v) => titles(v as IMeetingValues['agendaItems']) },
  { key: 'attendance', label: strings.MinutesAttendance, format: (v) => (v as IMeetingValues['attendance']).map((a) => `${a.name}: ${a.status}`).join('; ') },
  { key: 'notes', label: strings.MinutesNotes, format: (v) => Object.keys(v as object).map((k) => String((v as Record<string, string>)[k]).replace(/<[^>]*>/g, ' ').trim()).filter(Boolean).join(' | ') },
  { key: 'decisions', label: strings.MinutesDecisions, format: (v) => titles(v as IMeetingValues['decisions']) },
  { key: 'actions', label: strings.MinutesActions, format: (v) => titles(v as IMeetingValues['actions']) },
  { key: 'risks', label: strings.MinutesRisks, format: (v) => titles(v as IMeetingValues['risks']) }
];
