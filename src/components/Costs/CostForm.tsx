import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'PmoHubStrings';
import { monthsOfYear } from '../../model/costs';
import type { ICostFormValues } from '../../model/costs';
import { COST_KINDS } from '../../model/types';
import type { ICostLine } from '../../model/types';
import { bindFields } from '../records/bindFields';
import { costKindLabel } from '../common/fields/labels';
import type { IRecordEditor } from '../records/types';
import { formatMonth } from '../../model/locale';

const monthName = (period: string): string =>
  formatMonth(period, 'month');

function yearOptions(selected: number): IDropdownOption[] {
  const now = new Date().getFullYear();
  const options: IDropdownOption[] = [];
  for (let y = Math.min(now - 5, selected); y <= Math.max(now + 5, selected); y++) options.push({ key: y, text: String(y) });
  return options;
}

/** The fields of a cost line; the period is picked as a month and a year (stored as yyyy-mm-01). */
export function CostForm({ editor }: { editor: IRecordEditor<ICostLine, ICostFormValues> }): React.ReactElement {
  const v = editor.values;
  const field = bindFields(editor);
  const year = Number(v.period.slice(0, 4)) || new Date().getFullYear();
  const month = v.period.slice(5, 7);
  const months = monthsOfYear(year).map((p) => ({ key: p.slice(5, 7), text: monthName(p) }));
  const setPeriod = (y: number, m: string): void => editor.change({ period: `${y}-${m || '01'}-01` });
  return (
    <>
      <Stack horizontal tokens={{ childrenGap: 12 }}>
        <Dropdown
          label={strings.CostFieldMonth}
          required
          selectedKey={month || null}
          options={months}
          onChange={(_e, o) => o && setPeriod(year, String(o.key))}
          errorMessage={field.error('period')}
          disabled={field.disabled}
          styles={{ root: { minWidth: 160 } }}
        />
        <Dropdown
          label={strings.CostFieldYear}
          required
          selectedKey={year}
          options={yearOptions(year)}
          onChange={(_e, o) => o && setPeriod(Number(o.key), month)}
          disabled={field.disabled}
          styles={{ root: { minWidth: 100 } }}
        />
      </Stack>
      <Dropdown label={strings.CostFieldKind} required {...field.choice('kind', COST_KINDS, costKindLabel)} />
      <TextField label={strings.CostFieldCategory} required {...field.text('category')} />
      <TextField label={strings.CostFieldAmount} required inputMode="decimal" {...field.text('amount')} />
      <TextField label={strings.CostFieldSupplier} {...field.text('supplier')} />
      <TextField label={strings.CostFieldTitle} description={strings.CostFieldTitleHint} {...field.text('title')} />
    </>
  );
}
