import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';

/** A validation message under a control that has no errorMessage prop of its own (people pickers, combos). */
export function FieldError({ message }: { message: string | undefined }): React.ReactElement | null {
  // The theme the view is in (Teams dark, high contrast), not the page's global one.
  const theme = useTheme();
  if (!message) return null;
  return (
    <Text role="alert" variant="small" block style={{ color: theme.semanticColors.errorText, paddingTop: 5 }}>
      {message}
    </Text>
  );
}
