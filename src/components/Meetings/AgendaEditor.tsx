import * as React from 'react';
import { DefaultButton, IconButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { moveItem, type IAgendaItem } from '../../model/meetings';
import { formatDate } from '../common/fields';
import { alertText } from '../common/themeColors';

const classes = (theme: ITheme) =>
  mergeStyleSets({
    list: { listStyle: 'none', margin: 0, padding: 0 },
    item: { display: 'flex', alignItems: 'center', gap: 8, padding: '4px 0', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, cursor: 'grab' },
    overdue: { color: alertText(theme), fontWeight: 600 },
    kind: { minWidth: 110, color: theme.semanticColors.bodySubtext }
  });

export const kindText: Record<IAgendaItem['kind'], string> = {
  approvePrevious: strings.AgendaKindMinutes,
  carriedOver: strings.AgendaKindCarried,
  project: strings.AgendaKindProject,
  action: strings.AgendaKindAction,
  risk: strings.AgendaKindRisk,
  issue: strings.AgendaKindIssue,
  decision: strings.AgendaKindDecision,
  custom: strings.AgendaKindCustom
};

/** The title an agenda item shows ("approve the previous minutes" is a fixed text). */
export const agendaTitle = (i: IAgendaItem): string => (i.kind === 'approvePrevious' ? strings.AgendaApprovePrevious : i.title);

/** The agenda: reorder by drag and drop or with the move buttons (keyboard), add and remove items. */
export function AgendaEditor(props: { items: IAgendaItem[]; onChange: (items: IAgendaItem[]) => void }): React.ReactElement {
  const { items, onChange } = props;
  const theme = useTheme();
  const css = React.useMemo(() => classes(theme), [theme]);
  const [text, setText] = React.useState('');
  const [dragged, setDragged] = React.useState<number>();
  const [announce, setAnnounce] = React.useState('');
  const move = (from: number, to: number) => {
    const next = moveItem(items, from, to);
    if (next === items) return;
    onChange(next);
    setAnnounce(format(strings.AgendaMoved, agendaTitle(items[from]), to + 1, items.length));
  };
  const add = () => {
    if (!text.trim()) return;
    let n = items.length + 1;
    while (items.some((i) => i.id === `custom-${n}`)) n++;
    onChange(items.concat({ id: `custom-${n}`, kind: 'custom', title: text.trim() }));
    setText('');
  };
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <ol className={css.list} aria-label={strings.MinutesAgenda}>
        {items.map((i, idx) => (
          <li key={i.id} className={css.item} draggable onDragStart={() => setDragged(idx)} onDragOver={(e) => e.preventDefault()} onDrop={() => dragged !== undefined && move(dragged, idx)}>
            <Text className={css.kind}>{kindText[i.kind]}</Text>
            <Text styles={{ root: { flexGrow: 1 } }}>
              {agendaTitle(i)}
              {i.ownerName && ` – ${i.ownerName}`}
              {i.dueDate && ` – ${format(strings.AgendaDue, formatDate(i.dueDate))}`}
              {i.overdue && <span className={css.overdue}> {strings.AgendaOverdue}</span>}
            </Text>
            <IconButton iconProps={{ iconName: 'ChevronUp' }} title={strings.AgendaMoveUp} ariaLabel={format(strings.AgendaMoveUpItem, agendaTitle(i))} disabled={idx === 0} onClick={() => move(idx, idx - 1)} />
            <IconButton iconProps={{ iconName: 'ChevronDown' }} title={strings.AgendaMoveDown} ariaLabel={format(strings.AgendaMoveDownItem, agendaTitle(i))} disabled={idx === items.length - 1} onClick={() => move(idx, idx + 1)} />
            <IconButton iconProps={{ iconName: 'Delete' }} title={strings.AgendaRemove} ariaLabel={format(strings.AgendaRemoveItem, agendaTitle(i))} onClick={() => onChange(items.filter((x) => x !== i))} />
          </li>
        ))}
      </ol>
      <div role="status" className="ms-screenReaderOnly">{announce}</div>
      <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 8 }}>
        <TextField label={strings.AgendaNewItem} value={text} onChange={(_e, v) => setText(v || '')} onKeyDown={(e) => e.key === 'Enter' && add()} styles={{ root: { minWidth: 320 } }} />
        <DefaultButton text={strings.AgendaAdd} onClick={add} />
      </Stack>
    </Stack>
  );
}
