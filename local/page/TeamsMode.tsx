import * as React from 'react';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { PmoRoot } from '../../src/webparts/common/PmoRoot';
import { teamsTheme, type TeamsThemeName } from '../../src/webparts/common/theme';
import { projectTarget } from '../../src/webparts/common/properties';
import { ProjectWorkspace } from '../../src/components/ProjectWorkspace';
import type { IPmoServices } from '../../src/services/types';
import { routeHref, type Route } from './route';
import { PageStrings, fmt } from './strings';

interface ITeam {
  id: string;
  displayName: string;
}
interface IChannel {
  id: string;
  displayName: string;
}

type Load<T> = { status: 'loading' } | { status: 'failed'; error: string } | { status: 'loaded'; value: T };

/** What Teams itself knows (the person's teams, a team's channels): the host asks Graph, as Teams does. */
function useGraphList<T>(path: string | undefined): Load<T[]> {
  const [load, setLoad] = React.useState<Load<T[]>>({ status: 'loading' });
  React.useEffect(() => {
    if (!path) return undefined;
    let live = true;
    setLoad({ status: 'loading' });
    fetch(`/v1.0${path}`, { headers: { Accept: 'application/json' } })
      .then(async (r) => {
        if (!r.ok) throw new Error(`${path}: ${r.status}`);
        return ((await r.json()) as { value: T[] }).value;
      })
      .then(
        (value) => live && setLoad({ status: 'loaded', value }),
        (e: unknown) => live && setLoad({ status: 'failed', error: e instanceof Error ? e.message : String(e) })
      );
    return () => {
      live = false;
    };
  }, [path]);
  return load;
}

const THEMES: IChoiceGroupOption[] = [
  { key: 'default', text: PageStrings.TeamsThemeDefault },
  { key: 'dark', text: PageStrings.TeamsThemeDark },
  { key: 'contrast', text: PageStrings.TeamsThemeContrast }
];
const WIDTHS: IChoiceGroupOption[] = [
  { key: 'desktop', text: PageStrings.TeamsWidthDesktop },
  { key: 'phone', text: PageStrings.TeamsWidthPhone }
];

export interface ITeamsModeProps {
  route: Route;
  services?: IPmoServices;
  startError?: unknown;
}

/**
 * The local page's Teams mode: it plays Teams hosting PMO Project as a channel tab. The page picks the
 * team and channel (Teams' own navigation), the theme and the window width; the tab only gets what
 * TeamsJS would give it (the team's group id, the channel id, the theme), exactly as PmoProjectWebPart
 * passes them (projectTarget), so the project shown is found from the team, never chosen in the tab.
 */
export const TeamsMode: React.FC<ITeamsModeProps> = ({ route, services, startError }) => {
  const [theme, setTheme] = React.useState<TeamsThemeName>('default');
  const [width, setWidth] = React.useState<'desktop' | 'phone'>('desktop');
  const teams = useGraphList<ITeam>('/me/joinedTeams');
  const channels = useGraphList<IChannel>(route.teamId ? `/teams/${route.teamId}/channels` : undefined);
  const go = (teamId: string, channelId?: string) => {
    window.location.hash = routeHref({ view: 'teams', teamId, channelId });
  };
  const team = teams.status === 'loaded' ? teams.value.find((t) => t.id === route.teamId) : undefined;
  const channelList = route.teamId && channels.status === 'loaded' ? channels.value : [];
  // Teams opens a team on its General channel (listed first); a channel in the route wins.
  const channel = channelList.find((c) => c.id === route.channelId) ?? channelList[0];

  let tab: React.ReactNode = <Text block>{PageStrings.TeamsPrompt}</Text>;
  if (teams.status === 'loading') tab = <Spinner size={SpinnerSize.small} label={PageStrings.TeamsLoading} labelPosition="right" />;
  else if (teams.status === 'failed') tab = <MessageBar messageBarType={MessageBarType.error}>{teams.error}</MessageBar>;
  else if (!teams.value.length) tab = <MessageBar>{PageStrings.TeamsNone}</MessageBar>;
  else if (team && channel) {
    const t = teamsTheme(theme);
    tab = (
      <section
        aria-label={fmt(PageStrings.TeamsTabLabel, team.displayName, channel.displayName)}
        data-teams-theme={theme}
        style={{ width: width === 'phone' ? 360 : '100%', maxWidth: '100%', boxSizing: 'border-box', padding: 16, background: t.semanticColors.bodyBackground, color: t.semanticColors.bodyText }}
      >
        <PmoRoot name="local-teams-tab" theme={t} services={services} startError={startError} needsLists>
          <ProjectWorkspace key={`${team.id}/${channel.id}`} {...projectTarget(undefined, team.id, channel.id)} />
        </PmoRoot>
      </section>
    );
  }

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Text block>{PageStrings.TeamsIntro}</Text>
      <Stack horizontal wrap tokens={{ childrenGap: 24 }} verticalAlign="end">
        <Dropdown
          label={PageStrings.TeamsTeamLabel}
          placeholder={PageStrings.TeamsTeamPlaceholder}
          options={teams.status === 'loaded' ? teams.value.map((x): IDropdownOption => ({ key: x.id, text: x.displayName })) : []}
          selectedKey={route.teamId ?? null}
          onChange={(_e, o) => o && go(String(o.key))}
          styles={{ root: { minWidth: 280 } }}
        />
        <Dropdown
          label={PageStrings.TeamsChannelLabel}
          options={channelList.map((c): IDropdownOption => ({ key: c.id, text: c.displayName }))}
          selectedKey={channel?.id ?? null}
          disabled={!channelList.length}
          onChange={(_e, o) => o && route.teamId && go(route.teamId, String(o.key))}
          styles={{ root: { minWidth: 200 } }}
        />
        <ChoiceGroup label={PageStrings.TeamsThemeLabel} options={THEMES} selectedKey={theme} onChange={(_e, o) => o && setTheme(o.key as TeamsThemeName)} styles={{ flexContainer: { display: 'flex', gap: 12 } }} />
        <ChoiceGroup label={PageStrings.TeamsWidthLabel} options={WIDTHS} selectedKey={width} onChange={(_e, o) => o && setWidth(o.key as 'desktop' | 'phone')} styles={{ flexContainer: { display: 'flex', gap: 12 } }} />
      </Stack>
      {tab}
    </Stack>
  );
};
