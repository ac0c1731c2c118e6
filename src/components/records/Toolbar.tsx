import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';

/** One command of a tab's toolbar. */
export interface IToolbarCommand {
  key: string;
  /** Localized text (also the accessible name). */
  text: string;
  icon: string;
  onClick: () => void;
  disabled?: boolean;
}

/**
 * The commands of a tab (new, export, refresh) as plain buttons in a toolbar. Not a CommandBar: its
 * overflow measuring moves commands into a "more" menu unpredictably in narrow Teams tabs.
 */
export function Toolbar({ label, commands }: { label: string; commands: IToolbarCommand[] }): React.ReactElement {
  return (
    <Stack horizontal wrap role="toolbar" aria-label={label} tokens={{ childrenGap: 4 }}>
      {commands.map((c) => (
        <ActionButton key={c.key} iconProps={{ iconName: c.icon }} onClick={c.onClick} disabled={c.disabled}>
          {c.text}
        </ActionButton>
      ))}
    </Stack>
  );
}
