import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { severity } from '../../model/raid';
import type { IRaidFormValues } from '../../model/raid';
import { RAID_KINDS, RAID_STATUSES } from '../../model/types';
import type { IProject, IRaidItem } from '../../model/types';
import { parseNumber } from '../../model/validate';
import { DateField, PeoplePickerField } from '../common/fields';
import { useServices } from '../common/ServicesContext';
import { bindFields } from '../records/bindFields';
import { raidKindLabel, raidStatusLabel, severityLabel } from '../common/fields/labels';
import type { IRecordEditor } from '../records/types';

export interface IRaidFormProps {
  editor: IRecordEditor<IRaidItem, IRaidFormValues>;
  /** Projects a dependency can point at (this one is left out). */
  projects: IProject[];
}

/** The fields of a RAID item; scores only for the kinds that use them, the target only for dependencies. */
export function RaidForm({ editor, projects }: IRaidFormProps): React.ReactElement {
  const { people } = useServices();
  const v = editor.values;
  const field = bindFields(editor);
  const scored = v.kind === 'Risk' ? severity({ kind: v.kind, probability: parseNumber(v.probability), impact: parseNumber(v.impact) }) : undefined;
  const targets = projects.filter((p) => p.id !== v.projectId).map((p) => ({ key: p.id, text: p.code ? `${p.code} – ${p.title}` : p.title }));
  return (
    <>
      <TextField label={strings.RaidFieldTitle} required {...field.text('title')} />
      <Dropdown label={strings.RaidFieldKind} required {...field.choice('kind', RAID_KINDS, raidKindLabel)} />
      <Dropdown label={strings.RaidFieldStatus} required {...field.choice('status', RAID_STATUSES, raidStatusLabel)} />
      {v.kind === 'Risk' && <TextField label={strings.RaidFieldProbability} required inputMode="numeric" {...field.text('probability')} />}
      {(v.kind === 'Risk' || v.kind === 'Issue') && (
        <TextField label={strings.RaidFieldImpact} required={v.kind === 'Risk'} inputMode="numeric" {...field.text('impact')} />
      )}
      {scored && (
        <Text aria-live="polite">{format(strings.RaidSeverityPreview, format(strings.RaidSeverityText, severityLabel(scored.band), scored.score))}</Text>
      )}
      {v.kind === 'Dependency' && (
        <Dropdown
          label={strings.RaidFieldDependsOn}
          required
          placeholder={strings.WorkspacePickPlaceholder}
          selectedKey={v.dependsOnProjectId === undefined ? null : v.dependsOnProjectId}
          options={targets}
          onChange={(_e, o) => o && editor.change({ dependsOnProjectId: Number(o.key) })}
          errorMessage={field.error('dependsOnProjectId')}
          disabled={field.disabled}
        />
      )}
      <PeoplePickerField label={strings.RaidFieldOwner} people={people} {...field.person('owner')} />
      <DateField label={strings.RaidFieldDueDate} {...field.date('dueDate')} />
      <TextField label={strings.RaidFieldDescription} multiline rows={3} {...field.text('description')} />
      <TextField label={strings.RaidFieldMitigation} multiline rows={3} {...field.text('mitigation')} />
    </>
  );
}
