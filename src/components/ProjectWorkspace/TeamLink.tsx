import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'PmoHubStrings';
import type { IPerson } from '../../model/types';
import { validationText } from '../common/fields/labels';
import { useTeamLink, type ITeamLinkProps } from './useTeamLink';

const projectText = (p: { code?: string; title: string }): string => (p.code ? `${p.code} – ${p.title}` : p.title);

/** Whom a non-member asks: the PMO members by name, each with a mail link. */
function Contacts({ contacts }: { contacts: IPerson[] | 'failed' | undefined }): React.ReactElement {
  if (contacts === undefined) return <Spinner />;
  if (contacts === 'failed') return <Text>{strings.TeamLinkContactsFailed}</Text>;
  if (!contacts.length) return <Text>{strings.TeamLinkAskNobody}</Text>;
  return (
    <ul aria-label={strings.TeamLinkContactsLabel} style={{ margin: 0 }}>
      {contacts.map((c) => (
        <li key={c.id}>
          {c.title}
          {c.email ? (
            <>
              {' '}
              (<Link href={`mailto:${c.email}`}>{c.email}</Link>)
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * The tab of a team no project is linked to: a PMO member links it to its project here; anyone else
 * reads why the tab is empty and whom to ask. `children` (the project picker) follows for non-members.
 */
export function TeamLink(props: ITeamLinkProps & { children?: React.ReactNode }): React.ReactElement {
  const t = useTeamLink(props);
  if (t.isPmoMember === undefined) return <Spinner label={strings.WorkspaceLoading} />;
  if (!t.isPmoMember) {
    return (
      <Stack tokens={{ childrenGap: 12 }}>
        <Text as="h2" variant="large">
          {strings.TeamLinkAskTitle}
        </Text>
        <Text>{strings.TeamLinkAskText}</Text>
        <Contacts contacts={t.contacts} />
        {props.projects.length ? <Text>{strings.TeamLinkMeanwhile}</Text> : null}
        {props.children}
      </Stack>
    );
  }
  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { maxWidth: 480 } }}>
      <Text as="h2" variant="large">
        {strings.TeamLinkTitle}
      </Text>
      <Text>{strings.TeamLinkIntro}</Text>
      {t.saveError ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {t.saveError}
        </MessageBar>
      ) : null}
      <Dropdown
        label={strings.TeamLinkProject}
        placeholder={strings.TeamLinkPlaceholder}
        required
        options={props.projects.map((p) => ({ key: p.id, text: projectText(p) }))}
        selectedKey={t.chosenId ?? null}
        onChange={(_e, o) => o && t.choose(Number(o.key))}
        errorMessage={validationText(t.fieldError)}
        disabled={t.saving}
      />
      <Stack horizontal>
        <PrimaryButton text={t.saving ? strings.TeamLinkSaving : strings.TeamLinkSave} disabled={t.saving} onClick={() => void t.link()} />
      </Stack>
    </Stack>
  );
}
