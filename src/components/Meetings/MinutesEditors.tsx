/** The minutes' editing parts of a meeting (attendance, notes per agenda item, decisions, actions, risks), and the agenda read-only. */
import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { IAgendaItem } from '../../model/meetings';
import type { IProject } from '../../model/types';
import type { IPeopleService } from '../../services/types';
import { LazyBoundary, lazyPart } from '../common/LazyPart';
import { agendaTitle, kindText } from './AgendaEditor';
import { ActionsEditor, AttendanceEditor, DecisionsEditor, RisksEditor } from './MinutesLists';
import type { IMeetingEditor } from './useMeetingEditor';

const RichTextEditor = lazyPart(() => import(/* webpackChunkName: 'pmo-rich-text' */ './RichTextEditor').then((m) => m.RichTextEditor));

/** The agenda of approved minutes: what was discussed, in order, nothing to move. */
export function AgendaList({ items }: { items: IAgendaItem[] }): React.ReactElement {
  return (
    <ol aria-label={strings.MinutesAgenda}>
      {items.map((i) => <li key={i.id}>{`${kindText[i.kind]}: ${agendaTitle(i)}${i.ownerName ? ` – ${i.ownerName}` : ''}`}</li>)}
    </ol>
  );
}

/** Everything written during the meeting; `projects` are the meeting's (several: decisions and actions say which one they are for). */
export function MinutesEditors({ editor: ed, people, projects }: { editor: IMeetingEditor; people: IPeopleService; projects: IProject[] }): React.ReactElement {
  const v = ed.values!;
  return (
    <>
      <Text as="h4" variant="mediumPlus">{strings.MinutesAttendance}</Text>
      <AttendanceEditor values={v} change={ed.change} />
      <Text as="h4" variant="mediumPlus">{strings.MinutesNotes}</Text>
      <LazyBoundary name="RichTextEditor">
        {v.agendaItems.map((i) => (
          <Stack key={i.id} tokens={{ childrenGap: 4 }}>
            <Text as="h5" variant="medium" styles={{ root: { fontWeight: 600 } }}>{agendaTitle(i)}</Text>
            <RichTextEditor label={format(strings.MinutesNotesFor, agendaTitle(i))} value={v.notes[i.id] || ''} onChange={(html) => ed.change({ notes: { ...(ed.values || v).notes, [i.id]: html } })} />
          </Stack>
        ))}
      </LazyBoundary>
      <Text as="h4" variant="mediumPlus">{strings.MinutesDecisions}</Text>
      <DecisionsEditor values={v} change={ed.change} issues={ed.issues} people={people} projects={projects} />
      <Text as="h4" variant="mediumPlus">{strings.MinutesActions}</Text>
      <ActionsEditor values={v} change={ed.change} issues={ed.issues} people={people} projects={projects} />
      <Text as="h4" variant="mediumPlus">{strings.MinutesRisks}</Text>
      <RisksEditor values={v} change={ed.change} issues={ed.issues} projects={projects} />
    </>
  );
}
