import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'PmoHubStrings';
import type { IProjectFormValues } from '../../model/project';
import { HEALTHS, PHASES, PRIORITIES } from '../../model/types';
import type { FieldErrors } from '../../model/validate';
import type { IPeopleService } from '../../services/types';
import {
  DateField,
  healthLabel,
  PeoplePickerField,
  phaseLabel,
  priorityLabel,
  validationText
} from '../common/fields';

export interface IProjectFormFieldsProps {
  values: IProjectFormValues;
  errors: FieldErrors<IProjectFormValues>;
  people: IPeopleService;
  disabled: boolean;
  setField: <K extends keyof IProjectFormValues>(key: K, value: IProjectFormValues[K]) => void;
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

type TextKey = 'title' | 'code' | 'description' | 'department' | 'meetingTag' | NumberKey;
type NumberKey = 'budget' | 'actualCost' | 'forecastCost' | 'percentComplete';

/** The register fields of the form, each with its validation message right under it. */
export function ProjectFormFields(props: IProjectFormFieldsProps): React.ReactElement {
  const { values, errors, people, disabled, setField } = props;
  const err = (k: keyof IProjectFormValues): string | undefined => validationText(errors[k]);
  const text = (k: TextKey, label: string, extra: Partial<React.ComponentProps<typeof TextField>> = {}): React.ReactElement => (
    <TextField
      label={label}
      value={values[k]}
      errorMessage={err(k)}
      disabled={disabled}
      onChange={(_e, v) => setField(k, v ?? '')}
      {...extra}
    />
  );
  const amount = (k: NumberKey, label: string): React.ReactElement =>
    text(k, label, { inputMode: 'decimal', styles: { root: { flex: 1 } } });
  const date = (k: 'startDate' | 'plannedEndDate' | 'forecastEndDate', label: string): React.ReactElement => (
    <DateField label={label} value={values[k]} errorMessage={err(k)} disabled={disabled} onChange={(v) => setField(k, v)} />
  );

  return (
    <>
      <Section title={strings.ProjectFormSectionGeneral}>
        {text('title', strings.RegisterColTitle, { required: true })}
        {text('code', strings.RegisterColCode, { required: true, description: strings.ProjectFormCodeHint })}
        {text('description', strings.RegisterColDescription, { multiline: true, rows: 4 })}
        <Dropdown
          label={strings.RegisterColPhase}
          required
          options={PHASES.map((p) => ({ key: p, text: phaseLabel(p) }))}
          selectedKey={values.phase || null}
          errorMessage={err('phase')}
          disabled={disabled}
          onChange={(_e, o) => o && setField('phase', o.key as IProjectFormValues['phase'])}
        />
        <Dropdown
          label={strings.RegisterColHealth}
          required
          options={HEALTHS.map((h) => ({ key: h, text: healthLabel(h) }))}
          selectedKey={values.health || null}
          errorMessage={err('health')}
          disabled={disabled}
          onChange={(_e, o) => o && setField('health', o.key as IProjectFormValues['health'])}
        />
        <Dropdown
          label={strings.RegisterColPriority}
          required
          options={PRIORITIES.map((p) => ({ key: p, text: priorityLabel(p) }))}
          selectedKey={values.priority || null}
          errorMessage={err('priority')}
          disabled={disabled}
          onChange={(_e, o) => o && setField('priority', o.key as IProjectFormValues['priority'])}
        />
        {text('department', strings.RegisterColDepartment)}
      </Section>
      <Section title={strings.ProjectFormSectionPeople}>
        <PeoplePickerField
          label={strings.RegisterColManager}
          value={values.manager}
          people={people}
          disabled={disabled}
          errorMessage={err('manager')}
          onChange={(p) => setField('manager', p)}
        />
        <PeoplePickerField
          label={strings.RegisterColSponsor}
          value={values.sponsor}
          people={people}
          disabled={disabled}
          errorMessage={err('sponsor')}
          onChange={(p) => setField('sponsor', p)}
        />
      </Section>
      <Section title={strings.ProjectFormSectionSchedule}>
        {date('startDate', strings.RegisterColStartDate)}
        {date('plannedEndDate', strings.RegisterColPlannedEndDate)}
        {date('forecastEndDate', strings.RegisterColForecastEndDate)}
        {text('percentComplete', strings.RegisterColPercentComplete, { inputMode: 'decimal', suffix: '%' })}
      </Section>
      <Section title={strings.ProjectFormSectionFinance}>
        {amount('budget', strings.RegisterColBudget)}
        {amount('actualCost', strings.RegisterColActualCost)}
        {amount('forecastCost', strings.RegisterColForecastCost)}
      </Section>
    </>
  );
}
