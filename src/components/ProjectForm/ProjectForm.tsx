import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'PmoHubStrings';
import { useServices } from '../common/ServicesContext';
import { bindFields } from '../records/bindFields';
import { LinkPickers } from './LinkPickers';
import { ProjectFormFields } from './ProjectFormFields';
import type { IProjectFormProps } from './types';

/** The project form: every register field, then the links to the project's group, plan and channel. */
export function ProjectForm({ editor }: IProjectFormProps): React.ReactElement {
  const services = useServices();
  const field = bindFields(editor);
  const { values } = editor;
  return (
    <>
      <ProjectFormFields field={field} people={services.people} />
      <Stack as="section" tokens={{ childrenGap: 8 }} styles={{ root: { marginTop: 16 } }}>
        <Text as="h3" variant="large">
          {strings.ProjectFormSectionLinks}
        </Text>
        <LinkPickers
          values={values}
          directory={services.directory}
          active={editor.isOpen}
          disabled={editor.saving}
          // Plan and channel belong to the group: a new group clears them.
          onChange={(k, v) => editor.change(k === 'groupId' && v !== values.groupId ? { groupId: v, planId: '', teamsChannelId: '' } : { [k]: v })}
        />
        <TextField label={strings.RegisterColMeetingTag} description={strings.ProjectFormMeetingTagHint} {...field.text('meetingTag')} />
      </Stack>
    </>
  );
}
