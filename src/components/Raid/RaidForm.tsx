import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { severity } from '../../model/raid';
import type { IRaidFormValues } from '../../model/raid';
import { RAID_KINDS, RAID_STATUSES } from '../../model/types';
import type { IProject, IRaidItem, RaidKind, RaidStatus } from '../../model/types';
import { parseNumber } from '../../model/validate';
import { DateField, PeoplePickerField, validationText } from '../common/fields';
import { useServices } from '../common/ServicesContext';
import { choiceOptions, raidKindLabel, raidStatusLabel, severityLabel } from '../ProjectWorkspace/labels';
import type { IRecordEditor } from '../ProjectWorkspace/useRecordEditor';

export interface IRaidFormProps {
  editor: IRecordEditor<IRaidItem, IRaidFormValues>;
  /** Projects a dependency can point at (this one is left out). */
  projects: IProject[];
}

/** The fields of a RAID item; scores only for the kinds that use them, the target only for dependencies. */
export function RaidForm({ editor, projects }: IRaidFormProps): React.ReactElement {
  const { people } = useServices();
  const v = editor.values;
  const err = (k: keyof IRaidFormValues): string | undefined => validationText(editor.errors[k]);
  const scored = v.kind === 'Risk' ? severity({ kind: v.kind, probability: parseNumber(v.probability), impact: parseNumber(v.impact) }) : undefined;
  const targets = projects.filter((p) => p.id !== v.projectId).map((p) => ({ key: p.id, text: p.code ? `${p.code} – ${p.title}` : p.title }));
  return (
    <>
      <TextField label={strings.RaidFieldTitle} required value={v.title} onChange={(_e, t) => editor.change({ title: t || '' })} errorMessage={err('title')} />
      <Dropdown
        label={strings.RaidFieldKind}
        required
        selectedKey={v.kind || null}
        options={choiceOptions(RAID_KINDS, raidKindLabel)}
        onChange={(_e, o) => o && editor.change({ kind: o.key as RaidKind })}
        errorMessage={err('kind')}
      />
      <Dropdown
        label={strings.RaidFieldStatus}
        required
        selectedKey={v.status || null}
        options={choiceOptions(RAID_STATUSES, raidStatusLabel)}
        onChange={(_e, o) => o && editor.change({ status: o.key as RaidStatus })}
        errorMessage={err('status')}
      />
      {v.kind === 'Risk' && (
        <TextField
          label={strings.RaidFieldProbability}
          required
          inputMode="numeric"
          value={v.probability}
          onChange={(_e, t) => editor.change({ probability: t || '' })}
          errorMessage={err('probability')}
        />
      )}
      {(v.kind === 'Risk' || v.kind === 'Issue') && (
        <TextField
          label={strings.RaidFieldImpact}
          required={v.kind === 'Risk'}
          inputMode="numeric"
          value={v.impact}
          onChange={(_e, t) => editor.change({ impact: t || '' })}
          errorMessage={err('impact')}
        />
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
          errorMessage={err('dependsOnProjectId')}
        />
      )}
      <PeoplePickerField label={strings.RaidFieldOwner} value={v.owner} onChange={(owner) => editor.change({ owner })} people={people} errorMessage={err('owner')} />
      <DateField label={strings.RaidFieldDueDate} value={v.dueDate} onChange={(dueDate) => editor.change({ dueDate })} errorMessage={err('dueDate')} />
      <TextField label={strings.RaidFieldDescription} multiline rows={3} value={v.description} onChange={(_e, t) => editor.change({ description: t || '' })} errorMessage={err('description')} />
      <TextField label={strings.RaidFieldMitigation} multiline rows={3} value={v.mitigation} onChange={(_e, t) => editor.change({ mitigation: t || '' })} errorMessage={err('mitigation')} />
    </>
  );
}
