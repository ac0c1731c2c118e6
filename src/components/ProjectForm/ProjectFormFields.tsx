import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'PmoHubStrings';
import type { IProjectFormValues } from '../../model/project';
import { HEALTHS, PHASES, PRIORITIES } from '../../model/types';
import type { IPeopleService } from '../../services/types';
import { DateField, healthLabel, PeoplePickerField, phaseLabel, priorityLabel } from '../common/fields';
import type { IFieldBindings } from '../records/bindFields';

export interface IProjectFormFieldsProps {
  field: IFieldBindings<IProjectFormValues>;
  people: IPeopleService;
}

function Section({ title, children }: { title: string; children: React.ReactNode }): React.ReactElement {
  return (
    <Stack as="section" tokens={{ childrenGap: 8 }} styles={{ root: { marginTop: 16 } }}>
      <Text as="h3" variant="large">
        {title}
      </Text>
      {children}
    </Stack>
  );
}

const amount = { inputMode: 'decimal', styles: { root: { flex: 1 } } } as const;

/** The register fields of the form, each with its validation message right under it. */
export function ProjectFormFields({ field, people }: IProjectFormFieldsProps): React.ReactElement {
  return (
    <>
      <Section title={strings.ProjectFormSectionGeneral}>
        <TextField label={strings.RegisterColTitle} required {...field.text('title')} />
        <TextField label={strings.RegisterColCode} required description={strings.ProjectFormCodeHint} {...field.text('code')} />
        <TextField label={strings.RegisterColDescription} multiline rows={4} {...field.text('description')} />
        <Dropdown label={strings.RegisterColPhase} required {...field.choice('phase', PHASES, phaseLabel)} />
        <Dropdown label={strings.RegisterColHealth} required {...field.choice('health', HEALTHS, healthLabel)} />
        <Dropdown label={strings.RegisterColPriority} required {...field.choice('priority', PRIORITIES, priorityLabel)} />
        <TextField label={strings.RegisterColDepartment} {...field.text('department')} />
      </Section>
      <Section title={strings.ProjectFormSectionPeople}>
        <PeoplePickerField label={strings.RegisterColManager} people={people} {...field.person('manager')} />
        <PeoplePickerField label={strings.RegisterColSponsor} people={people} {...field.person('sponsor')} />
      </Section>
      <Section title={strings.ProjectFormSectionSchedule}>
        <DateField label={strings.RegisterColStartDate} {...field.date('startDate')} />
        <DateField label={strings.RegisterColPlannedEndDate} {...field.date('plannedEndDate')} />
        <DateField label={strings.RegisterColForecastEndDate} {...field.date('forecastEndDate')} />
        <TextField label={strings.RegisterColPercentComplete} inputMode="decimal" suffix="%" {...field.text('percentComplete')} />
      </Section>
      <Section title={strings.ProjectFormSectionFinance}>
        <TextField label={strings.RegisterColBudget} {...amount} {...field.text('budget')} />
        <TextField label={strings.RegisterColActualCost} {...amount} {...field.text('actualCost')} />
        <TextField label={strings.RegisterColForecastCost} {...amount} {...field.text('forecastCost')} />
      </Section>
    </>
  );
}
