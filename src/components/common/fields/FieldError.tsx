import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { getTheme } from '@fluentui/react/lib/Styling';

/** A validation message under a control that has no errorMessage prop of its own (people pickers, combos). */
export function FieldError({ message }: { message: string | undefined }): React.ReactElement | null {
  if (!message) return null;
  const theme = getTheme();
  return (
    <Text role="alert" variant="small" block style={{ color: theme.semanticColors.errorText, paddingTop: 5 }}>
      {message}
    </Text>
  );
}
