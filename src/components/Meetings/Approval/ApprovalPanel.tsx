import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { approvalRequired, isLocked, isOutdated, isPending, type ApprovalRoute } from '../../../model/meetings';
import type { IMeeting, IPerson } from '../../../model/types';
import type { IPeopleService } from '../../../services/types';
import { PeoplePickerField } from '../../common/fields';
import { meetingWhen } from '../labels';
import type { IApproval } from './useApproval';

const when = (iso: string | undefined) => (iso ? meetingWhen(iso, '') : '');

/** Asking for approval: to a named chair or to the next meeting. */
function RequestForm({ approval, people, again }: { approval: IApproval; people: IPeopleService; again?: ApprovalRoute }): React.ReactElement {
  const [kind, setKind] = React.useState<ApprovalRoute['kind']>(again ? again.kind : 'chair');
  const [chair, setChair] = React.useState<IPerson | undefined>(again && again.kind === 'chair' ? again.approver : undefined);
  const [missing, setMissing] = React.useState(false);
  const send = () => {
    if (kind === 'chair' && !chair) return setMissing(true);
    approval.send(kind === 'chair' ? { kind, approver: chair! } : { kind });
  };
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      {!again && (
        <ChoiceGroup label={strings.ApprovalHeading} selectedKey={kind} onChange={(_e, o) => o && setKind(o.key as ApprovalRoute['kind'])}
          options={[{ key: 'chair', text: strings.ApprovalRouteChair }, { key: 'nextMeeting', text: strings.ApprovalRouteNextMeeting }]} />
      )}
      {kind === 'chair' && !again && (
        <Stack.Item styles={{ root: { maxWidth: 360 } }}>
          <PeoplePickerField label={strings.ApprovalApprover} people={people} value={chair} errorMessage={missing ? strings.ApprovalProblemApproverMissing : undefined}
            onChange={(p) => (setChair(p), setMissing(false))} />
        </Stack.Item>
      )}
      <Stack.Item>
        <DefaultButton text={again ? strings.ApprovalSendAgain : strings.ApprovalSend} disabled={approval.busy} onClick={send} />
      </Stack.Item>
    </Stack>
  );
}

/** Correcting approved minutes: a reason first, then the editor opens on the next revision. */
function CorrectForm({ approval }: { approval: IApproval }): React.ReactElement {
  const [open, setOpen] = React.useState(false);
  const [reason, setReason] = React.useState('');
  const [missing, setMissing] = React.useState(false);
  if (!open) return <Stack.Item><DefaultButton text={strings.ApprovalCorrect} onClick={() => setOpen(true)} /></Stack.Item>;
  return (
    <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
      <TextField label={strings.ApprovalCorrectionReason} required value={reason} styles={{ root: { minWidth: 360 } }} errorMessage={missing ? strings.ApprovalProblemReasonMissing : undefined}
        onChange={(_e, v) => (setReason(v || ''), setMissing(false))} />
      <PrimaryButton text={strings.ApprovalCorrectionStart} disabled={approval.busy} onClick={() => (reason.trim() ? approval.correct(reason) : setMissing(true))} />
      <DefaultButton text={strings.ApprovalCancel} onClick={() => setOpen(false)} />
    </Stack>
  );
}

/** Where the approval of these minutes stands, and what the signed-in person can do about it. */
export function ApprovalPanel({ record, approval, people }: { record: IMeeting | undefined; approval: IApproval; people: IPeopleService }): React.ReactElement {
  const a = record?.approval;
  const mine = !!(a && a.approver && approval.me && a.approver.email.toLowerCase() === approval.me.email.toLowerCase());
  const route: ApprovalRoute | undefined = a && a.state === 'Awaiting approval' && a.approver ? { kind: 'chair', approver: a.approver } : a && a.state === 'At next meeting' ? { kind: 'nextMeeting' } : undefined;
  return (
    <Stack tokens={{ childrenGap: 8 }} aria-label={strings.ApprovalHeading} role="region">
      <Text as="h4" variant="mediumPlus">{strings.ApprovalHeading}</Text>
      {record && isLocked(record) && (
        <>
          <MessageBar messageBarType={MessageBarType.success}>
            {format(strings.ApprovalApprovedBy, a!.approvedBy || '', when(a!.approvedAt), a!.revision ?? '')}
          </MessageBar>
          <MessageBar isMultiline>{strings.ApprovalLocked}</MessageBar>
          <CorrectForm approval={approval} />
        </>
      )}
      {record && isPending(record) && (
        <>
          <Text>{a!.state === 'Awaiting approval' ? format(strings.ApprovalAwaitingChair, a!.approver?.title || a!.approver?.email || '', when(a!.requestedAt), a!.revision ?? '') : format(strings.ApprovalAwaitingNextMeeting, a!.revision ?? '')}</Text>
          {a!.state === 'Awaiting approval' && a!.mailedAt && <Text>{format(strings.ApprovalMailed, a!.approver?.title || a!.approver?.email || '', when(a!.mailedAt))}</Text>}
          {isOutdated(record) && <MessageBar messageBarType={MessageBarType.warning} isMultiline>{strings.ApprovalChangedSinceSent}</MessageBar>}
          {route && route.kind === 'chair' && !a!.mailedAt && !mine && !isOutdated(record) && (
            <Stack.Item><DefaultButton text={strings.ApprovalMailAgain} disabled={approval.busy} onClick={() => approval.send(route)} /></Stack.Item>
          )}
          {mine && a!.state === 'Awaiting approval' && <Stack.Item><PrimaryButton text={strings.ApprovalApprove} disabled={approval.busy} onClick={approval.approve} /></Stack.Item>}
          {isOutdated(record) && route && <RequestForm approval={approval} people={people} again={route} />}
        </>
      )}
      {(!record || (!isLocked(record) && !isPending(record))) && (
        <>
          <Text>{record && approvalRequired(record) ? strings.ApprovalPublishRequired : strings.ApprovalNotRequested}</Text>
          <RequestForm approval={approval} people={people} />
        </>
      )}
      {approval.busy && <Spinner label={strings.ApprovalSending} labelPosition="right" />}
      {approval.error && <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert">{approval.error}</MessageBar>}
    </Stack>
  );
}
