import * as React from 'react';
import type { IColumn } from '@fluentui/react/lib/DetailsList';
import { Link } from '@fluentui/react/lib/Link';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { ICostLine } from '../../model/types';
import { formatAmount } from '../common/fields/formatValue';
import { costKindLabel, monthLabel } from '../common/fields/labels';

/** The cost lines list's columns; the title opens the line for editing. */
export function costColumns(onOpen: (line: ICostLine) => void): IColumn[] {
  const col = (key: string, name: string, min: number, max: number, render: (l: ICostLine) => React.ReactNode, numeric?: boolean): IColumn => ({
    key,
    name,
    minWidth: min,
    maxWidth: max,
    isResizable: true,
    styles: numeric ? { cellTitle: { justifyContent: 'flex-end' } } : undefined,
    onRender: (l: ICostLine) => (numeric ? <div style={{ textAlign: 'right' }}>{render(l)}</div> : render(l))
  });
  return [
    col('title', strings.CostColTitle, 140, 260, (l) => (
      <Link onClick={() => onOpen(l)} aria-label={format(strings.RecordEditNamed, l.title)}>
        {l.title}
      </Link>
    )),
    col('period', strings.CostColPeriod, 100, 140, (l) => monthLabel(l.period)),
    col('kind', strings.CostColKind, 70, 100, (l) => costKindLabel(l.kind)),
    col('category', strings.CostColCategory, 90, 160, (l) => l.category),
    col('supplier', strings.CostColSupplier, 90, 160, (l) => l.supplier),
    col('amount', strings.CostColAmount, 80, 120, (l) => formatAmount(l.amount), true)
  ];
}
