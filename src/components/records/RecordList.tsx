import * as React from 'react';
import { DetailsList, DetailsListLayoutMode, SelectionMode } from '@fluentui/react/lib/DetailsList';
import type { IColumn } from '@fluentui/react/lib/DetailsList';
import { Text } from '@fluentui/react/lib/Text';
import type { IRecord } from '../../model/types';

export interface IRecordListProps<T extends IRecord> {
  /** The records to list, in order. */
  items: T[];
  /** The tab's columns. */
  columns: IColumn[];
  /** Opens a record for editing (Enter or double-click on a row). */
  onOpen: (record: T) => void;
  /** Localized text shown instead of an empty list. */
  empty: string;
}

/** A records tab's list: no selection (rows open the edit panel), or a sentence when there is nothing to list. */
export function RecordList<T extends IRecord>({ items, columns, onOpen, empty }: IRecordListProps<T>): React.ReactElement {
  if (!items.length) return <Text block>{empty}</Text>;
  return (
    <DetailsList
      items={items}
      columns={columns}
      selectionMode={SelectionMode.none}
      layoutMode={DetailsListLayoutMode.justified}
      getKey={(r: T) => String(r.id)}
      onItemInvoked={onOpen}
    />
  );
}
