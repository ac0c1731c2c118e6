import * as React from 'react';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { loadByPeriod } from '../../model/allocations';
import type { Granularity } from '../../model/allocations';
import { formatDate, formatPercent } from '../common/fields/formatValue';
import { healthColors } from '../common/themeColors';
import { OverFlag } from './OverFlag';
import type { IPersonLoad } from './types';

export interface IPersonLoadsProps {
  loads: IPersonLoad[];
  granularity: Granularity;
  onGranularity: (g: Granularity) => void;
  projectTitle: (id: number) => string;
}

const BY: { [g: string]: string } = { day: strings.ResourceByDay, week: strings.ResourceByWeek, month: strings.ResourceByMonth };
const cellStyle: React.CSSProperties = { padding: '2px 12px', textAlign: 'left' };

function LoadTable({ load, granularity, projectTitle }: { load: IPersonLoad; granularity: Granularity; projectTitle: (id: number) => string }): React.ReactElement {
  const byId: { [id: number]: number } = {};
  for (const a of load.allocations) byId[a.id] = a.projectId;
  const rows = loadByPeriod(load.allocations, granularity);
  return (
    <table style={{ borderCollapse: 'collapse' }} data-testid={`load-table-${load.person.id}`}>
      <caption style={{ textAlign: 'left' }}>{format(strings.ResourceLoadTableCaption, load.person.title, BY[granularity])}</caption>
      <thead>
        <tr>
          <th scope="col" style={cellStyle}>{strings.ResourceLoadColPeriod}</th>
          <th scope="col" style={cellStyle}>{strings.ResourceLoadColPeak}</th>
          <th scope="col" style={cellStyle}>{strings.ResourceLoadColProjects}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.start}>
            <th scope="row" style={{ ...cellStyle, fontWeight: 400 }}>
              {r.start === r.end ? formatDate(r.start) : `${formatDate(r.start)} – ${formatDate(r.end)}`}
            </th>
            <td style={cellStyle}>
              {formatPercent(r.peak)} {r.overAllocated && <OverFlag />}
            </td>
            <td style={cellStyle}>{r.allocationIds.map((id) => projectTitle(byId[id])).filter((t, i, all) => all.indexOf(t) === i).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PersonCard({ load, granularity, projectTitle }: { load: IPersonLoad; granularity: Granularity; projectTitle: (id: number) => string }): React.ReactElement {
  const [open, setOpen] = React.useState(false);
  const over = load.overAllocated.length > 0;
  const health = healthColors(useTheme());
  return (
    <Stack tokens={{ childrenGap: 4 }} data-person-load={load.person.id} style={{ borderLeft: `4px solid ${over ? health.Red : health.Green}`, paddingLeft: 8 }}>
      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 12 }}>
        <Text style={{ fontWeight: 600 }}>{load.person.title}</Text>
        {load.loading ? <Spinner size={SpinnerSize.xSmall} ariaLabel={strings.ResourceLoadLoading} /> : <Text>{format(strings.ResourceLoadPeak, formatPercent(load.peak))}</Text>}
        {!load.loading && (over ? <OverFlag /> : <Text>{strings.ResourceWithinCapacity}</Text>)}
      </Stack>
      {load.error && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {format(strings.ResourceLoadFailed, load.person.title, load.error)}
        </MessageBar>
      )}
      {load.overAllocated.map((o) => (
        <Text key={o.start} variant="small" data-over-period={o.start}>
          {format(strings.ResourceOverAllocatedPeriod, formatPercent(o.peak), formatDate(o.start), formatDate(o.end))}
          {' – '}
          {o.allocationIds
            .map((id) => load.allocations.filter((a) => a.id === id)[0])
            .filter((a) => !!a)
            .map((a) => `${projectTitle(a.projectId)} ${formatPercent(a.percent)}`)
            .join(', ')}
        </Text>
      ))}
      <DefaultButton
        text={format(strings.ResourceLoadDetails, load.person.title)}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        styles={{ root: { alignSelf: 'flex-start' } }}
      />
      {open && <LoadTable load={load} granularity={granularity} projectTitle={projectTitle} />}
    </Stack>
  );
}

/** Each allocated person's total load across all projects, over-allocation flagged. */
export function PersonLoads(props: IPersonLoadsProps): React.ReactElement | null {
  const { loads, granularity, onGranularity, projectTitle } = props;
  if (!loads.length) return null;
  return (
    <section aria-label={strings.ResourceLoadTitle}>
      <Stack tokens={{ childrenGap: 12 }}>
        <Text as="h3" variant="mediumPlus" style={{ fontWeight: 600, margin: 0 }}>
          {strings.ResourceLoadTitle}
        </Text>
        <Text variant="small">{strings.ResourceLoadIntro}</Text>
        <ChoiceGroup
          label={strings.ResourceShowBy}
          selectedKey={granularity}
          onChange={(_e, o) => o && onGranularity(o.key as Granularity)}
          options={['day', 'week', 'month'].map((g) => ({ key: g, text: BY[g] }))}
          styles={{ flexContainer: { display: 'flex', gap: 16 } }}
        />
        {loads.map((l) => (
          <PersonCard key={l.person.id} load={l} granularity={granularity} projectTitle={projectTitle} />
        ))}
      </Stack>
    </section>
  );
}
