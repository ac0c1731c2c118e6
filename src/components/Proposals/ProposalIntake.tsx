import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { IProposal } from '../../model/proposals';
import { lazyPart } from '../common/LazyPart';
import { useServices } from '../common/ServicesContext';
import { RecordEditorPanel } from '../records/RecordEditorPanel';
import { useProposalIntake, type IProposalEditor } from './useProposalIntake';

// The form arrives with the panel (same chunk).
const ProposalForm = lazyPart<{ editor: IProposalEditor }>(() =>
  import(/* webpackChunkName: 'pmo-record-panel' */ './ProposalForm').then((m) => m.ProposalForm)
);

export interface IProposalIntakeProps {
  /** A proposal was submitted or its business case saved (the caller shows it without a reload). */
  onSaved?: (proposal: IProposal) => void;
  /** Opens this proposal's business case when set (the board's "Business case" command). */
  editRef?: React.MutableRefObject<((p: IProposal) => void) | undefined>;
}

/** "Submit a proposal": the intake panel, from the register or the proposals board. */
export function ProposalIntake({ onSaved, editRef }: IProposalIntakeProps): React.ReactElement {
  const { projects, proposals } = useServices();
  const [submitted, setSubmitted] = React.useState<IProposal | undefined>(undefined);
  const editor = useProposalIntake(projects, proposals, (p) => {
    if (!editor.editing) setSubmitted(p);
    onSaved?.(p);
  });
  if (editRef) editRef.current = editor.startEdit;
  const editing = editor.editing;
  return (
    <>
      <DefaultButton iconProps={{ iconName: 'Lightbulb' }} text={strings.ProposalCmdSubmit} onClick={() => { setSubmitted(undefined); editor.startNew(); }} />
      {submitted && (
        <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setSubmitted(undefined)} role="status">
          {format(strings.ProposalSubmitted, `${submitted.code} ${submitted.title}`)}
        </MessageBar>
      )}
      <RecordEditorPanel editor={editor} title={editing ? format(strings.ProposalFormEditTitle, editing.code) : strings.ProposalFormNewTitle}>
        <ProposalForm editor={editor} />
      </RecordEditorPanel>
    </>
  );
}
