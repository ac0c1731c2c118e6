import * as React from 'react';
import { ActionButton, DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { healthLabel, phaseLabel } from '../common/fields/labels';
import { useDeck } from './useDeck';

/** "Steering committee deck": choose the projects, build the .pptx, download it. */
export function DeckCommand(): React.ReactElement {
  const d = useDeck();
  const footer = (): React.ReactElement => (
    <Stack horizontal tokens={{ childrenGap: 8 }} verticalAlign="center">
      <PrimaryButton text={strings.DeckBuild} onClick={d.build} disabled={d.building || d.loading} />
      <DefaultButton text={strings.Close} onClick={d.close} />
      {d.building && <Spinner size={SpinnerSize.small} label={strings.DeckBuilding} labelPosition="right" />}
    </Stack>
  );
  return (
    <>
      <ActionButton iconProps={{ iconName: 'PowerPointDocument' }} text={strings.ProposalCmdDeck} onClick={d.open} />
      <Panel isOpen={d.isOpen} onDismiss={d.close} type={PanelType.medium} headerText={strings.DeckPanelTitle} closeButtonAriaLabel={strings.Close}
        onRenderFooterContent={footer} isFooterAtBottom>
        <Stack tokens={{ childrenGap: 8 }}>
          <Text block>{strings.DeckPanelIntro}</Text>
          {d.error && <MessageBar messageBarType={MessageBarType.error} isMultiline>{format(strings.DeckFailed, d.error)}</MessageBar>}
          {d.loading && <Spinner label={strings.Loading} />}
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend><Text variant="mediumPlus">{strings.DeckPickProjects}</Text></legend>
            <Stack tokens={{ childrenGap: 6 }}>
              {d.projects.map((p) => (
                <Checkbox key={p.id} label={`${p.code} ${p.title} (${phaseLabel(p.phase)}, ${healthLabel(p.health)})`} checked={d.selected.indexOf(p.id) >= 0}
                  onChange={(_e, on) => d.toggle(p.id, !!on)} />
              ))}
            </Stack>
          </fieldset>
        </Stack>
      </Panel>
    </>
  );
}
