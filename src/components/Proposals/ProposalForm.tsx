import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'PmoHubStrings';
import { URGENCIES } from '../../model/proposals';
import { PeoplePickerField } from '../common/fields';
import { useServices } from '../common/ServicesContext';
import { bindFields } from '../records/bindFields';
import { urgencyLabel } from './labels';
import type { IProposalEditor } from './useProposalIntake';

const amount = { inputMode: 'decimal' } as const;

/** The business case fields, each with its validation message under it. */
export function ProposalForm({ editor }: { editor: IProposalEditor }): React.ReactElement {
  const field = bindFields(editor);
  const { people } = useServices();
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text block>{strings.ProposalFormIntro}</Text>
      <TextField label={strings.ProposalFieldTitle} required {...field.text('title')} />
      <TextField label={strings.ProposalFieldCode} required description={strings.ProjectFormCodeHint} {...field.text('code')} />
      <PeoplePickerField label={strings.ProposalFieldSponsor} people={people} {...field.person('sponsor')} />
      <TextField label={strings.ProposalFieldDepartment} required {...field.text('department')} />
      <TextField label={strings.ProposalFieldProblem} required multiline rows={3} {...field.text('problem')} />
      <TextField label={strings.ProposalFieldObjectives} required multiline rows={3} {...field.text('objectives')} />
      <TextField label={strings.ProposalFieldBenefits} required multiline rows={3} {...field.text('benefits')} />
      <TextField label={strings.ProposalFieldCost} required {...amount} {...field.text('estimatedCost')} />
      <TextField label={strings.ProposalFieldEffort} required {...amount} {...field.text('estimatedEffort')} />
      <TextField label={strings.ProposalFieldAlignment} description={strings.ProposalFieldAlignmentHint} multiline rows={2} {...field.text('alignment')} />
      <Dropdown label={strings.ProposalFieldUrgency} required {...field.choice('urgency', URGENCIES, urgencyLabel)} />
      <TextField label={strings.ProposalFieldRisks} multiline rows={3} {...field.text('risks')} />
    </Stack>
  );
}
