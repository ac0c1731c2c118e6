import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'PmoHubStrings';
import type { RecipientRole } from '../../model/recipients';
import type { IReportDistribution } from './useReportDistribution';

const ROLE: Record<RecipientRole, string> = {
  sponsor: strings.ReportMailRoleSponsor,
  manager: strings.ReportMailRoleManager,
  member: strings.ReportMailRoleMember,
  added: strings.ReportMailRoleAdded
};

/** The question before a report is mailed again: when and to whom it was (maybe) mailed before. */
export const MailAgainDialog: React.FC<{ dist: IReportDistribution }> = ({ dist }) => (
  <Dialog
    hidden={!dist.again}
    onDismiss={dist.cancelAgain}
    dialogContentProps={{ type: DialogType.normal, title: strings.ReportMailAskTitle, subText: dist.again }}
    modalProps={{ isBlocking: true }}
  >
    <DialogFooter>
      <PrimaryButton text={strings.ReportMailAgain} onClick={dist.confirmAgain} />
      <DefaultButton text={strings.Cancel} onClick={dist.cancelAgain} />
    </DialogFooter>
  </Dialog>
);

/** The distribution list of a report, shown and editable before it is mailed. */
export const ReportMailDialog: React.FC<{ dist: IReportDistribution }> = ({ dist }) => {
  const [address, setAddress] = React.useState('');
  const [error, setError] = React.useState<string | undefined>(undefined);
  const draft = dist.draft;
  const add = (): void => {
    const why = dist.add(address);
    setError(why);
    if (!why) setAddress('');
  };
  const chosen = draft ? draft.recipients.filter((r) => r.chosen).length : 0;
  return (
    <Dialog
      hidden={!draft}
      onDismiss={dist.closeMail}
      minWidth={480}
      dialogContentProps={{ type: DialogType.normal, title: strings.ReportMailRecipients, subText: strings.ReportMailRecipientsHint }}
      modalProps={{ isBlocking: true }}
    >
      {draft && (
        <Stack tokens={{ childrenGap: 8 }} data-testid="report-recipients">
          {draft.recipients.map((r) => (
            <Checkbox key={r.mail} label={`${r.name} <${r.mail}> – ${ROLE[r.role]}`} checked={r.chosen} onChange={() => dist.toggle(r.mail)} />
          ))}
          {draft.loadingMembers && <Spinner label={strings.ReportMailMembersLoading} />}
          {draft.membersError && <MessageBar messageBarType={MessageBarType.warning} isMultiline>{draft.membersError}</MessageBar>}
          <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 8 }}>
            <Stack.Item grow>
              <TextField
                label={strings.ReportMailAddLabel}
                type="email"
                value={address}
                errorMessage={error}
                onChange={(_e, v) => {
                  setAddress(v ?? '');
                  setError(undefined);
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    add();
                  }
                }}
              />
            </Stack.Item>
            <DefaultButton text={strings.ReportMailAdd} onClick={add} styles={{ root: { marginBottom: error ? 22 : 0 } }} />
          </Stack>
        </Stack>
      )}
      <DialogFooter>
        <PrimaryButton text={strings.ReportMailSend} onClick={dist.send} disabled={!chosen || draft?.loadingMembers} />
        <DefaultButton text={strings.Cancel} onClick={dist.closeMail} />
      </DialogFooter>
    </Dialog>
  );
};
