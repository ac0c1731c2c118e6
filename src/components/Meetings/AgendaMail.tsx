import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { agendaToHtml, type IAgendaItem } from '../../model/meetings';
import { errorMessage, logError } from '../common/errorMessage';
import { formatDate } from '../common/fields';
import { useServices } from '../common/ServicesContext';
import { agendaTitle, kindText } from './AgendaEditor';
import { meetingWhen } from './labels';
import type { IMeetingRow } from './types';

/** Everyone invited (the organizer too), each once: from Outlook's invitation, else as stored. */
export function agendaRecipients(row: IMeetingRow): string[] {
  const people = row.event ? [row.event.organizer, ...row.event.attendees] : row.record ? row.record.attendees : [];
  return people.map((p) => p.email).filter((m, i, all) => !!m && all.indexOf(m) === i);
}

/** The agenda mail's subject and readable HTML (escaped text only). */
export function agendaMail(row: IMeetingRow, items: IAgendaItem[]): { subject: string; html: string } {
  const title = row.title || strings.MeetingsNoSubject;
  const lines = items.map((i) => ({
    kind: kindText[i.kind],
    title: agendaTitle(i),
    detail: [i.ownerName ? `– ${i.ownerName}` : '', i.dueDate ? `– ${format(strings.AgendaDue, formatDate(i.dueDate))}` : ''].filter(Boolean).join(' '),
    overdue: i.overdue ? strings.AgendaOverdue : undefined
  }));
  return { subject: format(strings.AgendaMailSubject, title), html: agendaToHtml(title, meetingWhen(row.start, row.end), strings.MinutesAgenda, lines) };
}

/** "Mail the agenda to the attendees" before the meeting; sending twice needs a second click. */
export function AgendaMail({ row, items }: { row: IMeetingRow; items: IAgendaItem[] }): React.ReactElement {
  const services = useServices();
  const [state, setState] = React.useState<{ sending?: boolean; sent?: number; error?: string }>({});
  const to = agendaRecipients(row);
  const send = () => {
    if (state.sending || !to.length) return;
    setState({ sending: true });
    const { subject, html } = agendaMail(row, items);
    services.outlook
      .sendMail({ subject, html, to })
      .then(() => setState({ sent: to.length }))
      .catch((e: unknown) => {
        logError('Agenda mail', e);
        setState({ error: errorMessage(e) });
      });
  };
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Stack horizontal>
        <DefaultButton
          text={state.sent ? strings.AgendaMailAgain : strings.AgendaMailSend}
          iconProps={{ iconName: 'Mail' }}
          onClick={send}
          disabled={state.sending || !to.length || !items.length}
        />
      </Stack>
      {!to.length && <MessageBar>{strings.AgendaMailNoAttendees}</MessageBar>}
      {state.sent !== undefined && <MessageBar messageBarType={MessageBarType.success}>{format(strings.AgendaMailSent, state.sent)}</MessageBar>}
      {state.error && <MessageBar messageBarType={MessageBarType.error}>{state.error}</MessageBar>}
    </Stack>
  );
}
