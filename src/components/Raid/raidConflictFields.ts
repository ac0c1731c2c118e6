import * as strings from 'PmoHubStrings';
import type { IRaidFormValues } from '../../model/raid';
import type { IPerson, RaidKind, RaidStatus } from '../../model/types';
import type { IConflictField } from '../records/ConflictDialog';
import { formatDate } from '../common/fields/formatValue';
import { raidKindLabel, raidStatusLabel } from '../common/fields/labels';

/** Every field the RAID form edits, as the conflict dialog compares and shows them. */
export function raidConflictFields(projectTitle: (id: number | undefined) => string): IConflictField<IRaidFormValues>[] {
  return [
    { key: 'title', label: strings.RaidFieldTitle },
    { key: 'kind', label: strings.RaidFieldKind, format: (v) => raidKindLabel(v as RaidKind) },
    { key: 'status', label: strings.RaidFieldStatus, format: (v) => raidStatusLabel(v as RaidStatus) },
    { key: 'probability', label: strings.RaidFieldProbability },
    { key: 'impact', label: strings.RaidFieldImpact },
    {
      key: 'owner',
      label: strings.RaidFieldOwner,
      format: (v) => (v as IPerson).title,
      equals: (a, b) => ((a as IPerson | undefined)?.id ?? 0) === ((b as IPerson | undefined)?.id ?? 0)
    },
    { key: 'dueDate', label: strings.RaidFieldDueDate, format: (v) => formatDate(v as string) },
    { key: 'dependsOnProjectId', label: strings.RaidFieldDependsOn, format: (v) => projectTitle(v as number) },
    { key: 'description', label: strings.RaidFieldDescription },
    { key: 'mitigation', label: strings.RaidFieldMitigation }
  ];
}
