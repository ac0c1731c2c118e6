import * as strings from 'PmoHubStrings';
import type { IProjectFormValues } from '../../model/project';
import type { IPerson } from '../../model/types';
import type { IConflictField } from '../records/ConflictDialog';
import { formatDate, healthLabel, phaseLabel, priorityLabel } from '../common/fields';

type F = IConflictField<IProjectFormValues>;
const person = (v: unknown): string => (v ? (v as IPerson).title : '');
const samePerson = (a: unknown, b: unknown): boolean =>
  (a ? (a as IPerson).id : undefined) === (b ? (b as IPerson).id : undefined);
const day = (v: unknown): string => formatDate(v as string);

/** Every field of the project form, as the conflict dialog compares and shows them. */
export function projectConflictFields(): F[] {
  return [
    { key: 'title', label: strings.RegisterColTitle },
    { key: 'code', label: strings.RegisterColCode },
    { key: 'description', label: strings.RegisterColDescription },
    { key: 'phase', label: strings.RegisterColPhase, format: (v) => phaseLabel(v as IProjectFormValues['phase']) },
    { key: 'health', label: strings.RegisterColHealth, format: (v) => healthLabel(v as IProjectFormValues['health']) },
    {
      key: 'priority',
      label: strings.RegisterColPriority,
      format: (v) => priorityLabel(v as IProjectFormValues['priority'])
    },
    { key: 'manager', label: strings.RegisterColManager, format: person, equals: samePerson },
    { key: 'sponsor', label: strings.RegisterColSponsor, format: person, equals: samePerson },
    { key: 'department', label: strings.RegisterColDepartment },
    { key: 'startDate', label: strings.RegisterColStartDate, format: day },
    { key: 'plannedEndDate', label: strings.RegisterColPlannedEndDate, format: day },
    { key: 'forecastEndDate', label: strings.RegisterColForecastEndDate, format: day },
    { key: 'budget', label: strings.RegisterColBudget },
    { key: 'actualCost', label: strings.RegisterColActualCost },
    { key: 'forecastCost', label: strings.RegisterColForecastCost },
    { key: 'percentComplete', label: strings.RegisterColPercentComplete },
    { key: 'groupId', label: strings.ProjectFormGroup },
    { key: 'planId', label: strings.ProjectFormPlan },
    { key: 'teamsChannelId', label: strings.ProjectFormChannel },
    { key: 'meetingTag', label: strings.RegisterColMeetingTag }
  ];
}
