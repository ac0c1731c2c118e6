import * as React from 'react';
import type { IColumn } from '@fluentui/react/lib/DetailsList';
import { FontIcon } from '@fluentui/react/lib/Icon';
import { Link } from '@fluentui/react/lib/Link';
import { useTheme } from '@fluentui/react/lib/Theme';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { isOverdue, severity } from '../../model/raid';
import type { IRaidItem } from '../../model/types';
import { formatDate } from '../common/fields/formatValue';
import { raidKindLabel, raidStatusLabel, severityLabel } from '../common/fields/labels';
import { alertText } from '../common/themeColors';

/** An icon and a word, so attention never rests on colour alone. */
function Flag({ icon, text, hint, name }: { icon: string; text: string; hint: string; name: string }): React.ReactElement {
  const theme = useTheme();
  return (
    <span data-flag={name} title={hint} style={{ color: alertText(theme), fontWeight: 600, display: 'inline-flex', alignItems: 'center', gap: 4 }}>
      <FontIcon iconName={icon} aria-hidden />
      {text}
    </span>
  );
}

function SeverityCell({ item }: { item: IRaidItem }): React.ReactElement | null {
  const s = severity(item);
  if (!s) return null;
  const text = format(strings.RaidSeverityText, severityLabel(s.band), s.score);
  return s.band === 'High' || s.band === 'Critical' ? (
    <Flag name="severe" icon={s.band === 'Critical' ? 'AlertSolid' : 'Warning'} text={text} hint={strings.RaidSevereHint} />
  ) : (
    <span>{text}</span>
  );
}

function DueCell({ item, today }: { item: IRaidItem; today: Date | string }): React.ReactElement {
  return (
    <span style={{ display: 'inline-flex', gap: 8 }}>
      <span>{formatDate(item.dueDate)}</span>
      {isOverdue(item, today) && <Flag name="overdue" icon="Clock" text={strings.RaidOverdue} hint={strings.RaidOverdueHint} />}
    </span>
  );
}

/** The RAID list's columns; the title opens the item for editing. */
export function raidColumns(
  onOpen: (item: IRaidItem) => void,
  projectTitle: (id: number | undefined) => string,
  today: Date | string
): IColumn[] {
  const col = (key: string, name: string, min: number, max: number, render: (i: IRaidItem) => React.ReactNode): IColumn => ({
    key,
    name,
    minWidth: min,
    maxWidth: max,
    isResizable: true,
    onRender: (i: IRaidItem) => render(i)
  });
  return [
    col('title', strings.RaidColTitle, 160, 320, (i) => (
      <Link onClick={() => onOpen(i)} aria-label={format(strings.RecordEditNamed, i.title)} data-raid-id={i.id}>
        {i.title}
      </Link>
    )),
    col('kind', strings.RaidColKind, 80, 110, (i) => raidKindLabel(i.kind)),
    col('status', strings.RaidColStatus, 80, 110, (i) => raidStatusLabel(i.status)),
    col('severity', strings.RaidColSeverity, 110, 150, (i) => <SeverityCell item={i} />),
    col('owner', strings.RaidColOwner, 100, 180, (i) => (i.owner ? i.owner.title : '')),
    col('due', strings.RaidColDue, 120, 180, (i) => <DueCell item={i} today={today} />),
    col('dependsOn', strings.RaidColDependsOn, 100, 200, (i) => (i.kind === 'Dependency' ? projectTitle(i.dependsOnProjectId) : ''))
  ];
}
