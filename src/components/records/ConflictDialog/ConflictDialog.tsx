import * as React from 'react';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { displayValue } from './conflict';
import type { ConflictSide, IConflictDialogProps, IConflictRow } from './types';
import { useConflictDialog } from './useConflictDialog';

function changedBy<T>(row: IConflictRow<T>): string {
  if (row.changedByMe && row.changedByThem) return strings.ConflictChangedByBoth;
  return row.changedByThem ? strings.ConflictChangedByThem : strings.ConflictChangedByYou;
}

const shown = (text: string): string => text || strings.ConflictEmpty;

/**
 * Shows a refused save (HTTP 412) field by field: the value the person started from, theirs and
 * yours, with a choice per field. Nothing is written until the person presses Save; there is no
 * path that overwrites the other person's change without showing it.
 */
export function ConflictDialog<T>(props: IConflictDialogProps<T>): React.ReactElement {
  const { conflict, onCancel } = props;
  const { rows, choices, saving, error, choose, chooseAll, save } = useConflictDialog(props);

  return (
    <Dialog
      hidden={!conflict}
      onDismiss={saving ? undefined : onCancel}
      dialogContentProps={{ type: DialogType.normal, title: strings.ConflictTitle, subText: strings.ConflictIntro }}
      modalProps={{ isBlocking: true }}
      minWidth={560}
      maxWidth={760}
    >
      {error && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {error}
        </MessageBar>
      )}
      {conflict && rows.length === 0 && <Text block>{strings.ConflictNoChanges}</Text>}
      <Stack tokens={{ childrenGap: 16 }}>
        {conflict &&
          rows.map((row) => {
            const key = row.field.key;
            return (
              <Stack key={key} data-conflict-field={key} tokens={{ childrenGap: 4 }}>
                <Text variant="mediumPlus" block>
                  <strong>{row.field.label}</strong> <Text variant="small">({changedBy(row)})</Text>
                </Text>
                <Text variant="small" block>
                  {strings.ConflictColBase}: {shown(displayValue(row.field, conflict.base))}
                </Text>
                <ChoiceGroup
                  ariaLabelledBy={undefined}
                  aria-label={format(strings.ConflictChoiceLabel, row.field.label)}
                  selectedKey={choices[key]}
                  disabled={saving}
                  onChange={(_e, option) => option && choose(key, option.key as ConflictSide)}
                  options={[
                    {
                      key: 'mine',
                      text: `${strings.ConflictColMine}: ${shown(displayValue(row.field, conflict.mine))}`
                    },
                    {
                      key: 'theirs',
                      text: `${strings.ConflictColTheirs}: ${shown(displayValue(row.field, conflict.theirs))}`
                    }
                  ]}
                />
              </Stack>
            );
          })}
      </Stack>
      <DialogFooter>
        {saving && <Spinner size={SpinnerSize.small} label={strings.ConflictSaving} labelPosition="right" />}
        {rows.length > 0 && (
          <>
            <DefaultButton text={strings.ConflictKeepAllMine} onClick={() => chooseAll('mine')} disabled={saving} />
            <DefaultButton text={strings.ConflictTakeAllTheirs} onClick={() => chooseAll('theirs')} disabled={saving} />
          </>
        )}
        <PrimaryButton text={strings.ConflictSave} onClick={save} disabled={saving || !conflict} />
        <DefaultButton text={strings.Cancel} onClick={onCancel} disabled={saving} />
      </DialogFooter>
    </Dialog>
  );
}
