import * as React from 'react';
import type { IColumn } from '@fluentui/react/lib/DetailsList';
import { FontIcon } from '@fluentui/react/lib/Icon';
import { Link } from '@fluentui/react/lib/Link';
import { useTheme } from '@fluentui/react/lib/Theme';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { plannerState } from '../../../model/meetings/actionSync';
import type { IActionItem } from '../../../model/types';
import type { IExportColumn } from '../../common/export';
import { formatDate } from '../../common/fields/formatValue';
import { actionStatusLabel, fromPlannerText } from './labels';

/** The action's standing with its Planner task, in words and with an icon (never colour alone). */
export function plannerText(a: IActionItem): string {
  const st = plannerState(a.plannerTaskId, a.plannerSync);
  if (st === 'none') return strings.ActionsPlannerNone;
  if (st === 'deleted') return strings.ActionsPlannerDeleted;
  if (st === 'conflict') return strings.ActionsPlannerConflict;
  return st === 'changedInPlanner' ? fromPlannerText(a) : strings.ActionsPlannerInStep;
}

function PlannerCell({ item }: { item: IActionItem }): React.ReactElement {
  const st = plannerState(item.plannerTaskId, item.plannerSync);
  // Colours from the theme the view is in (not the page's global one), so the Teams dark and high-contrast themes work.
  const c = useTheme().semanticColors;
  const look = { none: ['', c.bodySubtext], inStep: ['Sync', c.bodyText], changedInPlanner: ['Info', c.bodyText], deleted: ['Delete', c.errorText], conflict: ['Warning', c.errorText] }[st];
  return (
    <span data-planner-state={st} title={st === 'deleted' ? strings.ActionsPlannerDeletedHint : undefined} style={{ color: look[1], display: 'inline-flex', alignItems: 'center', gap: 4, fontWeight: st === 'deleted' || st === 'conflict' ? 600 : undefined }}>
      {look[0] && <FontIcon iconName={look[0]} aria-hidden />}
      {plannerText(item)}
    </span>
  );
}

/** The action list's columns; the title opens the action for editing. */
export function actionColumns(onOpen: (a: IActionItem) => void): IColumn[] {
  const col = (key: string, name: string, min: number, max: number, render: (a: IActionItem) => React.ReactNode): IColumn => ({ key, name, minWidth: min, maxWidth: max, isResizable: true, onRender: (a: IActionItem) => render(a) });
  return [
    col('title', strings.ActionsColTitle, 160, 320, (a) => (
      <Link onClick={() => onOpen(a)} aria-label={format(strings.RecordEditNamed, a.title)} data-action-id={a.id}>
        {a.title}
      </Link>
    )),
    col('status', strings.ActionsColStatus, 80, 110, (a) => <span data-status>{actionStatusLabel(a.status)}</span>),
    col('owner', strings.ActionsColOwner, 100, 180, (a) => (a.owner ? a.owner.title : '')),
    col('due', strings.ActionsColDue, 80, 110, (a) => <span data-due>{formatDate(a.dueDate)}</span>),
    col('planner', strings.ActionsColPlanner, 160, 260, (a) => <PlannerCell item={a} />)
  ];
}

export function actionExportColumns(): IExportColumn<IActionItem>[] {
  return [
    { key: 'title', label: strings.ActionsColTitle, value: (a) => a.title },
    { key: 'status', label: strings.ActionsColStatus, value: (a) => actionStatusLabel(a.status) },
    { key: 'owner', label: strings.ActionsColOwner, value: (a) => (a.owner ? a.owner.title : '') },
    { key: 'due', label: strings.ActionsColDue, value: (a) => a.dueDate, type: 'date' },
    { key: 'planner', label: strings.ActionsColPlanner, value: plannerText }
  ];
}
