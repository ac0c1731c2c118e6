import * as React from 'react';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { toProjectDraft } from '../../model/project';
import { linkedToTeam, validateTeamLink } from '../../model/teams';
import type { IPerson, IProject } from '../../model/types';
import type { IValidationMessage } from '../../model/validate';
import { ConflictError } from '../../services/errors';
import { errorMessage, logError } from '../common/errorMessage';
import { useServices } from '../common/ServicesContext';

export interface ITeamLinkProps {
  groupId: string;
  channelId?: string;
  projects: IProject[];
  /** The project now linked (as saved): the workspace shows it. */
  onLinked: (project: IProject) => void;
  /** Someone changed a project meanwhile: the workspace reads the register again. */
  onStale: () => void;
}

/** What the unlinked-team view needs: may the person link, whom else to ask, the choice and the save. */
export interface ITeamLinkState {
  /** undefined while asking SharePoint. */
  isPmoMember: boolean | undefined;
  /** The PMO members to ask (non-members only); undefined while reading, 'failed' when unreadable. */
  contacts: IPerson[] | 'failed' | undefined;
  chosenId: number | undefined;
  choose: (id: number) => void;
  /** The choice's problem, shown next to the field. */
  fieldError: IValidationMessage | undefined;
  saving: boolean;
  /** Localized reason the last save failed. */
  saveError: string | undefined;
  link: () => Promise<void>;
}

/**
 * Linking an unlinked team from its tab: a PMO member (isPmoMember) chooses the team's project, checked
 * by the register's rules (validateTeamLink), and it is saved with its ETag with GroupId and
 * TeamsChannelId set; anyone else is told whom to ask (pmoContacts).
 */
export function useTeamLink(props: ITeamLinkProps): ITeamLinkState {
  const { groupId, channelId, projects, onLinked, onStale } = props;
  const { people, projects: repository } = useServices();
  const [isPmoMember, setPmo] = React.useState<boolean | undefined>(undefined);
  const [contacts, setContacts] = React.useState<IPerson[] | 'failed' | undefined>(undefined);
  const [chosenId, setChosen] = React.useState<number | undefined>(undefined);
  const [fieldError, setFieldError] = React.useState<IValidationMessage | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);
  const [saveError, setSaveError] = React.useState<string | undefined>(undefined);
  // A successful link replaces this view with the project: nothing may be set after that.
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  React.useEffect(() => {
    let live = true;
    const failed = (e: unknown): void => {
      logError('TeamLink contacts', e);
      if (live) setContacts('failed');
    };
    people.isPmoMember().then(
      (member) => {
        if (!live) return;
        setPmo(member);
        if (!member) people.pmoContacts().then((c) => live && setContacts(c), failed);
      },
      (e: unknown) => {
        // Unknown is treated as not a member: SharePoint would refuse the save anyway.
        if (live) setPmo(false);
        failed(e);
      }
    );
    return () => {
      live = false;
    };
  }, [people]);

  const chosen = projects.filter((p) => p.id === chosenId)[0];
  const link = async (): Promise<void> => {
    const problem = validateTeamLink(chosen, groupId, channelId);
    setFieldError(problem);
    setSaveError(undefined);
    if (problem || !chosen) return;
    setSaving(true);
    try {
      const saved = await repository.update(chosen.id, toProjectDraft(linkedToTeam(chosen, groupId, channelId)), chosen.etag);
      if (mounted.current) onLinked(saved);
    } catch (e) {
      logError('TeamLink save', e);
      if (!mounted.current) return;
      setSaving(false);
      if (e instanceof ConflictError) {
        setSaveError(format(strings.TeamLinkConflict, chosen.code || chosen.title));
        onStale();
      } else setSaveError(format(strings.TeamLinkFailed, errorMessage(e)));
    }
  };

  return {
    isPmoMember,
    contacts,
    chosenId,
    choose: (id) => {
      setChosen(id);
      setFieldError(undefined);
    },
    fieldError,
    saving,
    saveError,
    link
  };
}
