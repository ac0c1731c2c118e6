import * as React from 'react';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';

/** One tab of a view: its key, its heading, and what it shows (built only while it is selected). */
export interface IViewTab {
  key: string;
  text: string;
  content: () => React.ReactNode;
}

export interface IViewTabsProps {
  /** The tab list's accessible name. */
  label: string;
  selected: string;
  onSelect: (key: string) => void;
  tabs: IViewTab[];
}

/** The tabs of a view (the portfolio's views, the project workspace's tabs): a Pivot whose selection the view keeps. */
export function ViewTabs({ label, selected, onSelect, tabs }: IViewTabsProps): React.ReactElement {
  return (
    <Pivot aria-label={label} selectedKey={selected} onLinkClick={(item) => item && item.props.itemKey && onSelect(item.props.itemKey)}>
      {tabs.map((t) => (
        <PivotItem key={t.key} itemKey={t.key} headerText={t.text}>
          {t.key === selected ? t.content() : null}
        </PivotItem>
      ))}
    </Pivot>
  );
}
