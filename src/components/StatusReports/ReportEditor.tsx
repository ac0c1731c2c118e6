import * as React from 'react';
import { DefaultButton, MessageBarButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { formatDateTime } from '../../model/locale';
import { formatDate } from '../common/fields/formatValue';
import { ConflictDialog } from '../records/ConflictDialog';
import { ReportForm } from './ReportForm';
import { reportConflictFields } from './reportConflictFields';
import { useReportEditor, type IReportEditorOptions } from './useReportEditor';

const saveText = { idle: '', pending: strings.ReportUnsaved, saving: strings.ReportSaving, saved: strings.ReportSaved, error: strings.ReportSaveFailed };

/** A draft report, always open: it saves itself as it is written, shows conflicts, and publishes. */
export const ReportEditor: React.FC<IReportEditorOptions & { onClose(): void }> = (props) => {
  const ed = useReportEditor(props);
  return (
    <section aria-label={ed.values.title || strings.ReportPanelNew} data-testid="report-editor" style={{ paddingTop: 12 }}>
      <Stack tokens={{ childrenGap: 12 }}>
        <Text as="h3" variant="xLarge" block>{ed.record ? strings.ReportPanelEdit : strings.ReportPanelNew}</Text>
        {ed.pendingDraft && (
          <MessageBar isMultiline actions={<><MessageBarButton text={strings.DraftRestore} onClick={ed.restoreDraft} /><MessageBarButton text={strings.DraftDiscard} onClick={ed.discardDraft} /></>}>
            {format(strings.DraftFound, formatDateTime(ed.pendingDraft.savedAt))}
          </MessageBar>
        )}
        {ed.saveError && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<MessageBarButton text={strings.Retry} onClick={ed.retry} />}>
            {format(strings.RecordSaveFailed, ed.saveError)}
          </MessageBar>
        )}
        <Text role="status" variant="small" data-testid="report-save-state" data-state={ed.saveState}>{saveText[ed.saveState]}</Text>
        {ed.showSummary && <MessageBar messageBarType={MessageBarType.error} isMultiline>{strings.RecordFixErrors}</MessageBar>}
        {ed.publishError && <MessageBar messageBarType={MessageBarType.error} isMultiline>{ed.publishError}</MessageBar>}
        <ReportForm editor={ed} />
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={ed.publishing ? strings.ReportPublishing : strings.ReportPublish} onClick={ed.publish} disabled={ed.publishing} />
          <DefaultButton text={strings.ReportClose} onClick={props.onClose} disabled={ed.publishing} />
        </Stack>
      </Stack>
      <ConflictDialog conflict={ed.conflict} fields={reportConflictFields} onResolve={ed.resolveConflict} onCancel={ed.cancelConflict} />
      <Dialog
        hidden={!ed.supersede}
        onDismiss={ed.cancelSupersede}
        // Answered, not dismissed by a stray click: it decides what the history shows.
        modalProps={{ isBlocking: true }}
        dialogContentProps={{
          type: DialogType.normal,
          title: strings.ReportSupersedeTitle,
          subText: ed.supersede ? format(strings.ReportSupersedeText, ed.supersede.period, formatDate(ed.supersede.publishedAt)) : ''
        }}
      >
        <DialogFooter>
          <PrimaryButton text={strings.ReportSupersede} onClick={ed.confirmSupersede} />
          <DefaultButton text={strings.Cancel} onClick={ed.cancelSupersede} />
        </DialogFooter>
      </Dialog>
    </section>
  );
};
