import * as React from 'react';
import { ComboBox, IComboBoxOption } from '@fluentui/react/lib/ComboBox';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { IProjectFormValues } from '../../model/project';
import type { IDirectoryService } from '../../services/types';
import { FieldError } from '../common/fields';
import { useLinkPickers } from './useLinkPickers';

export interface ILinkPickersProps {
  values: IProjectFormValues;
  directory: IDirectoryService;
  /** Pickers load only while the panel is open. */
  active: boolean;
  disabled?: boolean;
  onChange: (key: 'groupId' | 'planId' | 'teamsChannelId', value: string) => void;
}

const NONE = '';

/** Links a project to its M365 group, Planner plan and Teams channel by choosing from what Graph returns. */
export function LinkPickers(props: ILinkPickersProps): React.ReactElement {
  const { values, directory, active, disabled, onChange } = props;
  const o = useLinkPickers(directory, values.groupId, active);

  const groupOptions: IComboBoxOption[] = [
    { key: NONE, text: strings.ProjectFormNone },
    ...o.groups.map((g) => ({ key: g.id, text: g.displayName, title: g.mail }))
  ];
  // A linked group outside the current search result still shows (by id) rather than vanishing.
  if (values.groupId && !o.groups.some((g) => g.id === values.groupId)) {
    groupOptions.splice(1, 0, { key: values.groupId, text: values.groupId });
  }
  const withNone = (list: IDropdownOption[], current: string): IDropdownOption[] => {
    const options = [{ key: NONE, text: strings.ProjectFormNone }, ...list];
    if (current && !list.some((x) => x.key === current)) options.push({ key: current, text: current });
    return options;
  };
  const planOptions = withNone(o.plans.map((p) => ({ key: p.id, text: p.title })), values.planId);
  const channelOptions = withNone(o.channels.map((c) => ({ key: c.id, text: c.displayName })), values.teamsChannelId);
  const needsGroup = values.groupId ? undefined : strings.ProjectFormNeedsGroup;
  const loading = o.loadingChildren ? strings.ProjectFormLinksLoading : undefined;

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <ComboBox
        label={strings.ProjectFormGroup}
        placeholder={strings.ProjectFormGroupPlaceholder}
        options={groupOptions}
        selectedKey={values.groupId}
        allowFreeform={false}
        autoComplete="on"
        useComboBoxAsMenuWidth
        disabled={disabled}
        onInputValueChange={o.searchGroups}
        onChange={(_e, option) => option && onChange('groupId', String(option.key))}
      />
      <Dropdown
        label={strings.ProjectFormPlan}
        options={planOptions}
        selectedKey={values.planId}
        placeholder={needsGroup || loading}
        disabled={disabled || !values.groupId}
        onChange={(_e, option) => option && onChange('planId', String(option.key))}
      />
      <Dropdown
        label={strings.ProjectFormChannel}
        options={channelOptions}
        selectedKey={values.teamsChannelId}
        placeholder={needsGroup || loading}
        disabled={disabled || !values.groupId}
        onChange={(_e, option) => option && onChange('teamsChannelId', String(option.key))}
      />
      <FieldError message={o.error ? format(strings.ProjectFormLinksFailed, o.error) : undefined} />
    </Stack>
  );
}
