import * as React from 'react';
import type { IRecord } from '../../model/types';
import { LazyBoundary, lazyPart } from '../common/LazyPart';
import type { IRecordPanelProps } from './RecordPanel';

// The add/edit panel (with the conflict dialog) is its own chunk, loaded when a panel first opens; the
// forms load with it (same chunk name).
const LazyRecordPanel = lazyPart(() =>
  import(/* webpackChunkName: 'pmo-record-panel' */ './RecordPanel').then(
    (m) => m.RecordPanel as unknown as React.ComponentType<IRecordPanelProps<IRecord, unknown>>
  )
);

/** The add/edit panel, loaded on demand: a spinner overlay while its chunk loads, a message if it cannot. */
export function RecordEditorPanel<TRecord extends IRecord, TValues>(props: IRecordPanelProps<TRecord, TValues>): React.ReactElement {
  const RecordPanel = LazyRecordPanel as unknown as React.ComponentType<IRecordPanelProps<TRecord, TValues>>;
  const { editor } = props;
  return (
    <LazyBoundary name="RecordPanel" overlay active={editor.isOpen} onDismiss={editor.close}>
      <RecordPanel {...props} />
    </LazyBoundary>
  );
}
