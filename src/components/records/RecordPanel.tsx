import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { IRecord } from '../../model/types';
import { ConflictDialog } from './ConflictDialog';
import { LazyBoundary } from '../common/LazyPart';
import type { IRecordEditor } from './types';
import { formatDateTime } from '../../model/locale';

export interface IRecordPanelProps<TRecord extends IRecord, TValues> {
  /** The editor state from useRecordEditor. */
  editor: IRecordEditor<TRecord, TValues>;
  /** Localized panel title. */
  title: string;
  /** The form's fields. */
  children: React.ReactNode;
}

const ignore = (): void => undefined;

/**
 * The add/edit panel of every record editor: the offered-back draft, the validation summary, the
 * save error (the input stays), Save/Cancel, and the conflict dialog on a 412.
 */
export function RecordPanel<TRecord extends IRecord, TValues>(props: IRecordPanelProps<TRecord, TValues>): React.ReactElement {
  const { editor, title, children } = props;
  const footer = (): React.ReactElement => (
    <Stack horizontal tokens={{ childrenGap: 8 }} verticalAlign="center">
      <PrimaryButton text={strings.Save} onClick={editor.save} disabled={editor.saving} />
      <DefaultButton text={strings.Cancel} onClick={editor.close} disabled={editor.saving} />
      {editor.saving && <Spinner size={SpinnerSize.small} label={strings.RecordSaving} labelPosition="right" />}
    </Stack>
  );
  return (
    <>
      <Panel
        isOpen={editor.isOpen}
        onDismiss={editor.saving ? undefined : editor.close}
        headerText={title}
        type={PanelType.medium}
        closeButtonAriaLabel={strings.Close}
        onRenderFooterContent={footer}
        isFooterAtBottom
        isBlocking
        // A click outside (the conflict dialog is a layer of its own) must not close a form with typed input.
        onOuterClick={ignore}
      >
        <Stack tokens={{ childrenGap: 12 }}>
          {editor.pendingDraft && (
            <MessageBar
              messageBarType={MessageBarType.info}
              isMultiline
              actions={
                <div>
                  <DefaultButton text={strings.DraftRestore} onClick={editor.restoreDraft} />
                  <DefaultButton text={strings.DraftDiscard} onClick={editor.discardDraft} />
                </div>
              }
            >
              {format(strings.DraftFound, formatDateTime(editor.pendingDraft.savedAt))}
            </MessageBar>
          )}
          {editor.showSummary && (
            <MessageBar messageBarType={MessageBarType.error} isMultiline>
              {strings.RecordFixErrors}
            </MessageBar>
          )}
          {editor.saveError && (
            <MessageBar messageBarType={MessageBarType.error} isMultiline>
              {format(strings.RecordSaveFailed, editor.saveError)}
            </MessageBar>
          )}
          {/* The tabs' forms load on demand (in this panel's chunk): a spinner here until they have. */}
          <LazyBoundary name="RecordForm">{children}</LazyBoundary>
        </Stack>
      </Panel>
      <ConflictDialog<TValues>
        conflict={editor.conflict}
        fields={editor.conflictFields}
        onResolve={editor.resolveConflict}
        onCancel={editor.cancelConflict}
      />
    </>
  );
}
