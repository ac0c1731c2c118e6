import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { IProject } from '../../model/types';
import { errorMessage, logError } from '../common/errorMessage';
import { linksText } from './labels';
import type { IMeetingRow } from './types';

export interface ILinkDialogProps {
  row: IMeetingRow;
  projects: IProject[];
  onSave: (row: IMeetingRow, projectIds: number[]) => Promise<void>;
  onClose: () => void;
}

/**
 * Link, relink or unlink one meeting by hand: any number of projects (a steering committee belongs to
 * several), the order kept (the first takes the actions); the other occurrences of its series follow.
 */
export function LinkDialog({ row, projects, onSave, onClose }: ILinkDialogProps): React.ReactElement {
  const [chosen, setChosen] = React.useState<number[]>(row.matches.map((m) => m.projectId));
  const [search, setSearch] = React.useState('');
  const [saving, setSaving] = React.useState(false);
  const [error, setError] = React.useState<string>();
  const needle = search.trim().toLowerCase();
  const shown = projects.filter((p) => !needle || `${p.code} ${p.title}`.toLowerCase().indexOf(needle) >= 0 || chosen.indexOf(p.id) >= 0);
  const toggle = (id: number, on: boolean) => setChosen((c) => (on ? c.filter((x) => x !== id).concat(id) : c.filter((x) => x !== id)));
  const save = () => {
    setSaving(true);
    setError(undefined);
    onSave(row, chosen)
      .then(onClose)
      .catch((e: unknown) => {
        logError('Meeting links', e);
        setError(errorMessage(e));
        setSaving(false);
      });
  };
  return (
    <Dialog
      hidden={false}
      onDismiss={() => !saving && onClose()}
      dialogContentProps={{ type: DialogType.normal, title: strings.MeetingLinkTitle, subText: format(strings.MeetingLinkHelp, row.title || strings.MeetingsNoSubject) }}
      minWidth={420}
    >
      <Stack tokens={{ childrenGap: 8 }}>
        <Text>{format(strings.MeetingLinkedTo, linksText(row.matches, projects))}</Text>
        {error && <MessageBar messageBarType={MessageBarType.error}>{error}</MessageBar>}
        <SearchBox placeholder={strings.MeetingLinkSearch} ariaLabel={strings.MeetingLinkSearch} value={search} onChange={(_e, v) => setSearch(v || '')} />
        <Stack role="group" aria-label={strings.MeetingLinkProjects} tokens={{ childrenGap: 6 }} styles={{ root: { maxHeight: 280, overflowY: 'auto', padding: 2 } }}>
          {shown.map((p) => (
            <Checkbox key={p.id} label={`${p.code} ${p.title}`} checked={chosen.indexOf(p.id) >= 0} onChange={(_e, on) => toggle(p.id, !!on)} />
          ))}
        </Stack>
        <Text role="status" variant="small">{chosen.length ? format(strings.MeetingLinkChosen, chosen.length) : strings.MeetingLinkNone}</Text>
      </Stack>
      <DialogFooter>
        <PrimaryButton text={strings.MeetingLinkSave} onClick={save} disabled={saving} />
        <DefaultButton text={strings.MeetingLinkCancel} onClick={onClose} disabled={saving} />
      </DialogFooter>
    </Dialog>
  );
}
