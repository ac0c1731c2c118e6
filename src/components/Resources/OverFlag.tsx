import * as React from 'react';
import { FontIcon } from '@fluentui/react/lib/Icon';
import * as strings from 'PmoHubStrings';

/** "Over-allocated" with a warning icon and the alert colour: never colour alone. */
export function OverFlag(): React.ReactElement {
  return (
    <span data-flag="over" style={{ color: '#a4262c', fontWeight: 600, display: 'inline-flex', alignItems: 'center', gap: 4 }}>
      <FontIcon iconName="Warning" aria-hidden />
      {strings.ResourceOverAllocated}
    </span>
  );
}
