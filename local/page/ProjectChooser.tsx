import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { useServices } from '../../src/components/common/ServicesContext';
import { errorMessage } from '../../src/components/common/errorMessage';
import type { IProject } from '../../src/model/types';
import { PageStrings, fmt } from './strings';

export interface IProjectChooserProps {
  projectId?: number;
  onChoose: (projectId: number) => void;
}

type Load = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'loaded'; projects: IProject[] };

/**
 * Picks the project the Project web part shows. On a SharePoint page that is a web part property or
 * the Teams team's group; on the local page one site holds every project, so the page asks.
 */
export const ProjectChooser: React.FC<IProjectChooserProps> = ({ projectId, onChoose }) => {
  const { projects } = useServices();
  const [load, setLoad] = React.useState<Load>({ status: 'loading' });
  React.useEffect(() => {
    let live = true;
    projects.list().then(
      (list) => live && setLoad({ status: 'loaded', projects: [...list].sort((a, b) => a.code.localeCompare(b.code)) }),
      (error: unknown) => live && setLoad({ status: 'failed', error })
    );
    return () => {
      live = false;
    };
  }, [projects]);

  if (load.status === 'loading') return <Spinner size={SpinnerSize.small} label={PageStrings.ProjectChooserLoading} labelPosition="right" />;
  if (load.status === 'failed') return <MessageBar messageBarType={MessageBarType.error}>{errorMessage(load.error)}</MessageBar>;
  if (!load.projects.length) return <MessageBar>{PageStrings.ProjectChooserEmpty}</MessageBar>;
  const options: IDropdownOption[] = load.projects.map((p) => ({ key: p.id, text: fmt(PageStrings.ProjectOption, p.code, p.title) }));
  return (
    <Dropdown
      label={PageStrings.ProjectChooserLabel}
      placeholder={PageStrings.ProjectChooserPlaceholder}
      options={options}
      selectedKey={projectId ?? null}
      onChange={(_e, option) => option && onChoose(Number(option.key))}
      styles={{ root: { maxWidth: 480 } }}
    />
  );
};
