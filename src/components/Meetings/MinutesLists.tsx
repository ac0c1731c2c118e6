/** The rows of the minutes: attendance, decisions, action items and new risks and issues. */
import * as React from 'react';
import { DefaultButton, IconButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'PmoHubStrings';
import { ATTENDANCE_STATUSES, newRowId, type IMinutesIssue, type MinutesProblem } from '../../model/meetings';
import type { IProject } from '../../model/types';
import type { IPeopleService } from '../../services/types';
import { DateField, PeoplePickerField } from '../common/fields';
import { attendanceLabel } from './labels';
import type { IMeetingValues } from './meetingValues';

type Change = (patch: Partial<IMeetingValues>) => void;
const problemText: Record<MinutesProblem, string> = {
  actionTitleMissing: strings.MinutesProblemTitle,
  actionOwnerMissing: strings.MinutesProblemOwner,
  actionDueMissing: strings.MinutesProblemDue,
  actionDuePast: strings.MinutesProblemDuePast,
  decisionTitleMissing: strings.MinutesProblemTitle,
  riskTitleMissing: strings.MinutesProblemTitle,
  riskScoreInvalid: strings.MinutesProblemScore
};
export const issueText = (p: MinutesProblem): string => problemText[p];
const issuesOf = (issues: IMinutesIssue[], id: string, problems: MinutesProblem[]) =>
  issues.filter((i) => i.id === id && problems.indexOf(i.problem) >= 0).map((i) => problemText[i.problem]).join(' ') || undefined;
const scores = [1, 2, 3, 4, 5].map((n) => ({ key: n, text: String(n) }));

export function AttendanceEditor({ values, change }: { values: IMeetingValues; change: Change }): React.ReactElement {
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      {!values.attendance.length && <Text>{strings.MinutesNoAttendees}</Text>}
      {values.attendance.map((a, i) => (
        <Dropdown key={a.email} label={a.name} selectedKey={a.status} styles={{ root: { maxWidth: 360 } }}
          options={ATTENDANCE_STATUSES.map((s) => ({ key: s, text: attendanceLabel(s) }))}
          onChange={(_e, o) => o && change({ attendance: values.attendance.map((x, j) => (j === i ? { ...x, status: o.key as typeof x.status } : x)) })} />
      ))}
    </Stack>
  );
}

/** For a meeting of several projects: which project a decision or action is recorded in (the first when not chosen). */
function ProjectChoice({ projects, value, onChange }: { projects: IProject[]; value: number | undefined; onChange: (id: number) => void }): React.ReactElement | null {
  if (projects.length < 2) return null;
  return <Dropdown label={strings.MinutesProject} selectedKey={value ?? projects[0].id} options={projects.map((p) => ({ key: p.id, text: `${p.code} ${p.title}` }))} onChange={(_e, o) => o && onChange(Number(o.key))} styles={{ root: { minWidth: 200 } }} />;
}

type RowProps = { values: IMeetingValues; change: Change; issues: IMinutesIssue[]; people: IPeopleService; projects: IProject[] };

export function DecisionsEditor({ values, change, issues, people, projects }: RowProps): React.ReactElement {
  const set = (i: number, p: Partial<IMeetingValues['decisions'][0]>) => change({ decisions: values.decisions.map((d, j) => (j === i ? { ...d, ...p } : d)) });
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      {values.decisions.map((d, i) => (
        <Stack key={d.id} horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
          <TextField label={strings.MinutesDecisionTitle} value={d.title} onChange={(_e, v) => set(i, { title: v || '' })} errorMessage={issuesOf(issues, d.id, ['decisionTitleMissing'])} styles={{ root: { minWidth: 320 } }} />
          <TextField label={strings.MinutesDecisionDetail} value={d.detail} onChange={(_e, v) => set(i, { detail: v || '' })} styles={{ root: { minWidth: 320 } }} />
          <Stack.Item styles={{ root: { minWidth: 240 } }}>
            <PeoplePickerField label={strings.MinutesDecisionOwner} people={people} value={d.ownerId ? { id: d.ownerId, title: d.ownerName || '', email: '' } : undefined}
              onChange={(p) => set(i, { ownerId: p?.id, ownerName: p?.title })} />
          </Stack.Item>
          <ProjectChoice projects={projects} value={d.projectId} onChange={(projectId) => set(i, { projectId })} />
          <IconButton iconProps={{ iconName: 'Delete' }} ariaLabel={strings.MinutesRemoveDecision} title={strings.MinutesRemoveDecision} onClick={() => change({ decisions: values.decisions.filter((x) => x !== d) })} />
        </Stack>
      ))}
      <DefaultButton text={strings.MinutesAddDecision} onClick={() => change({ decisions: values.decisions.concat({ id: newRowId('d', values.decisions), title: '', detail: '' }) })} />
    </Stack>
  );
}

export function ActionsEditor({ values, change, issues, people, projects }: RowProps): React.ReactElement {
  const set = (i: number, p: Partial<IMeetingValues['actions'][0]>) => change({ actions: values.actions.map((a, j) => (j === i ? { ...a, ...p } : a)) });
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      {values.actions.map((a, i) => (
        <Stack key={a.id} horizontal wrap verticalAlign="start" tokens={{ childrenGap: 8 }} data-action={a.id}>
          <TextField label={strings.MinutesActionTitle} value={a.title} onChange={(_e, v) => set(i, { title: v || '' })} errorMessage={issuesOf(issues, a.id, ['actionTitleMissing'])} styles={{ root: { minWidth: 280 } }} />
          <Stack.Item styles={{ root: { minWidth: 240 } }}>
            <PeoplePickerField label={strings.MinutesOwner} people={people} errorMessage={issuesOf(issues, a.id, ['actionOwnerMissing'])}
              value={a.ownerId ? { id: a.ownerId, title: a.ownerName || '', email: a.ownerEmail || '' } : undefined}
              onChange={(p) => set(i, { ownerId: p?.id, ownerEmail: p?.email, ownerName: p?.title })} />
          </Stack.Item>
          <DateField label={strings.MinutesDue} value={a.dueDate || ''} onChange={(v) => set(i, { dueDate: v || undefined })} errorMessage={issuesOf(issues, a.id, ['actionDueMissing', 'actionDuePast'])} />
          <ProjectChoice projects={projects} value={a.projectId} onChange={(projectId) => set(i, { projectId })} />
          <IconButton iconProps={{ iconName: 'Delete' }} ariaLabel={strings.MinutesRemoveAction} title={strings.MinutesRemoveAction} onClick={() => change({ actions: values.actions.filter((x) => x !== a) })} />
        </Stack>
      ))}
      <DefaultButton text={strings.MinutesAddAction} onClick={() => change({ actions: values.actions.concat({ id: newRowId('a', values.actions), title: '' }) })} />
    </Stack>
  );
}

export function RisksEditor({ values, change, issues, projects }: { values: IMeetingValues; change: Change; issues: IMinutesIssue[]; projects: IProject[] }): React.ReactElement {
  const set = (i: number, p: Partial<IMeetingValues['risks'][0]>) => change({ risks: values.risks.map((r, j) => (j === i ? { ...r, ...p } : r)) });
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      {values.risks.map((r, i) => (
        <Stack key={r.id} horizontal wrap verticalAlign="start" tokens={{ childrenGap: 8 }}>
          <Dropdown label={strings.MinutesRiskKind} selectedKey={r.kind} options={[{ key: 'Risk', text: strings.AgendaKindRisk }, { key: 'Issue', text: strings.AgendaKindIssue }]} onChange={(_e, o) => o && set(i, { kind: o.key as 'Risk' | 'Issue' })} />
          <TextField label={strings.MinutesRiskTitle} value={r.title} onChange={(_e, v) => set(i, { title: v || '' })} errorMessage={issuesOf(issues, r.id, ['riskTitleMissing'])} styles={{ root: { minWidth: 260 } }} />
          <TextField label={strings.MinutesRiskDescription} value={r.description} onChange={(_e, v) => set(i, { description: v || '' })} styles={{ root: { minWidth: 260 } }} />
          {r.kind === 'Risk' && <Dropdown label={strings.MinutesRiskProbability} selectedKey={r.probability} options={scores} onChange={(_e, o) => o && set(i, { probability: Number(o.key) })} />}
          <Dropdown label={strings.MinutesRiskImpact} selectedKey={r.impact} options={scores} errorMessage={issuesOf(issues, r.id, ['riskScoreInvalid'])} onChange={(_e, o) => o && set(i, { impact: Number(o.key) })} />
          <ProjectChoice projects={projects} value={r.projectId} onChange={(projectId) => set(i, { projectId })} />
          <IconButton iconProps={{ iconName: 'Delete' }} ariaLabel={strings.MinutesRemoveRisk} title={strings.MinutesRemoveRisk} onClick={() => change({ risks: values.risks.filter((x) => x !== r) })} />
        </Stack>
      ))}
      <DefaultButton text={strings.MinutesAddRisk} onClick={() => change({ risks: values.risks.concat({ id: newRowId('r', values.risks), kind: 'Risk', title: '', description: '' }) })} />
    </Stack>
  );
}
