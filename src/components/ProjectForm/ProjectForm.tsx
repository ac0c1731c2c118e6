import * as React from 'react';
import { DefaultButton, MessageBarButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { ConflictDialog } from '../common/ConflictDialog';
import { validationText } from '../common/fields';
import { useServices } from '../common/ServicesContext';
import { projectConflictFields } from './conflictFields';
import { LinkPickers } from './LinkPickers';
import { ProjectFormFields } from './ProjectFormFields';
import type { IProjectFormProps } from './types';
import { useProjectForm } from './useProjectForm';

const CONFLICT_FIELDS = projectConflictFields();

/** The project form: a panel with every register field; validates before any write and resolves conflicts. */
export function ProjectForm(props: IProjectFormProps): React.ReactElement {
  const { isOpen, project, onDismiss } = props;
  const services = useServices();
  const f = useProjectForm(props);
  const title = project ? format(strings.ProjectFormEditTitle, project.code || project.title) : strings.ProjectFormNewTitle;

  const footer = (): JSX.Element => (
    <Stack horizontal tokens={{ childrenGap: 8 }} verticalAlign="center">
      <PrimaryButton text={strings.Save} onClick={f.save} disabled={f.saving} />
      <DefaultButton text={strings.Cancel} onClick={onDismiss} disabled={f.saving} />
      {f.saving && <Spinner size={SpinnerSize.small} label={strings.ProjectFormSaving} labelPosition="right" />}
    </Stack>
  );

  return (
    <Panel
      isOpen={isOpen}
      type={PanelType.medium}
      headerText={title}
      closeButtonAriaLabel={strings.Close}
      onDismiss={f.saving ? undefined : onDismiss}
      isBlocking
      isFooterAtBottom
      onRenderFooterContent={footer}
    >
      {f.pendingDraft && (
        <MessageBar
          messageBarType={MessageBarType.info}
          isMultiline={false}
          actions={
            <div>
              <MessageBarButton onClick={f.restoreDraft}>{strings.DraftRestore}</MessageBarButton>
              <MessageBarButton onClick={f.discardDraft}>{strings.DraftDiscard}</MessageBarButton>
            </div>
          }
        >
          {format(strings.DraftFound, new Date(f.pendingDraft.savedAt).toLocaleString())}
        </MessageBar>
      )}
      {f.invalid && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {strings.ProjectFormFixErrors}
        </MessageBar>
      )}
      {f.saveError && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline onDismiss={f.clearError}>
          {f.saveError}
        </MessageBar>
      )}
      <ProjectFormFields
        values={f.values}
        errors={f.errors}
        people={services.people}
        disabled={f.saving}
        setField={f.setField}
      />
      <Stack as="section" tokens={{ childrenGap: 8 }} styles={{ root: { marginTop: 16 } }}>
        <Text as="h3" variant="large">
          {strings.ProjectFormSectionLinks}
        </Text>
        <LinkPickers
          values={f.values}
          directory={services.directory}
          active={isOpen}
          disabled={f.saving}
          onChange={(k, v) => f.setField(k, v)}
        />
        <TextField
          label={strings.RegisterColMeetingTag}
          description={strings.ProjectFormMeetingTagHint}
          value={f.values.meetingTag}
          errorMessage={validationText(f.errors.meetingTag)}
          disabled={f.saving}
          onChange={(_e, v) => f.setField('meetingTag', v ?? '')}
        />
      </Stack>
      <ConflictDialog
        conflict={f.conflict}
        fields={CONFLICT_FIELDS}
        onResolve={f.resolveConflict}
        onCancel={f.cancelConflict}
      />
    </Panel>
  );
}
