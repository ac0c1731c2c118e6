import * as strings from 'PmoHubStrings';
import { severity } from '../../model/raid';
import type { IRaidItem } from '../../model/types';
import type { IExportColumn } from '../common/export';
import { raidKindLabel, raidStatusLabel, severityLabel } from '../common/fields/labels';

/** The columns of the RAID export (what the list shows, plus the long texts). */
export function raidExportColumns(projectTitle: (id: number | undefined) => string): IExportColumn<IRaidItem>[] {
  return [
    { key: 'title', label: strings.RaidColTitle, value: (i) => i.title },
    { key: 'kind', label: strings.RaidColKind, value: (i) => raidKindLabel(i.kind) },
    { key: 'status', label: strings.RaidColStatus, value: (i) => raidStatusLabel(i.status) },
    { key: 'probability', label: strings.RaidColProbability, value: (i) => i.probability, type: 'number' },
    { key: 'impact', label: strings.RaidColImpact, value: (i) => i.impact, type: 'number' },
    { key: 'score', label: strings.RaidColScore, value: (i) => severity(i)?.score, type: 'number' },
    { key: 'band', label: strings.RaidColSeverity, value: (i) => severityLabel(severity(i)?.band) },
    { key: 'owner', label: strings.RaidColOwner, value: (i) => (i.owner ? i.owner.title : '') },
    { key: 'due', label: strings.RaidColDue, value: (i) => i.dueDate, type: 'date' },
    { key: 'dependsOn', label: strings.RaidColDependsOn, value: (i) => projectTitle(i.dependsOnProjectId) },
    { key: 'description', label: strings.RaidColDescription, value: (i) => i.description },
    { key: 'mitigation', label: strings.RaidColMitigation, value: (i) => i.mitigation }
  ];
}
