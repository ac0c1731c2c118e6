import * as React from 'react';
import { FontIcon } from '@fluentui/react/lib/Icon';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'PmoHubStrings';
import { alertText } from '../common/themeColors';

/** "Over-allocated" with a warning icon and the alert colour: never colour alone. */
export function OverFlag(): React.ReactElement {
  const theme = useTheme();
  return (
    <span data-flag="over" style={{ color: alertText(theme), fontWeight: 600, display: 'inline-flex', alignItems: 'center', gap: 4 }}>
      <FontIcon iconName="Warning" aria-hidden />
      {strings.ResourceOverAllocated}
    </span>
  );
}
