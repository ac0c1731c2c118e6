import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'PmoHubStrings';
import { dueDate, plannerTaskUrl } from '../../model/schedule';
import { fmt } from '../Portfolio/cells';
import type { IBucketTasks } from './types';

/** Planner tasks by bucket, overdue ones first and marked in words; each opens in Planner. */
export const TaskBuckets: React.FC<{ buckets: IBucketTasks[] }> = ({ buckets }) => {
  const theme = useTheme();
  if (!buckets.length) return <Text block>{strings.StatusNoTasks}</Text>;
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: 16 }} data-testid="task-buckets">
      {buckets.map((b) => (
        <section key={b.bucket} aria-label={b.bucket}>
          <Text as="h4" variant="medium" block style={{ fontWeight: 600, margin: '0 0 4px' }}>
            {b.bucket} ({b.tasks.length})
          </Text>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {b.tasks.map((t) => (
              <li key={t.id} style={{ padding: '4px 0', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}` }}>
                <Link href={plannerTaskUrl(t.id)} target="_blank" rel="noopener noreferrer">{t.title}</Link>
                <Text block variant="small" style={t.overdue ? { color: theme.semanticColors.errorText, fontWeight: 600 } : undefined}>
                  {t.overdue ? `${strings.StatusOverdue} · ` : ''}
                  {t.percentComplete >= 100 ? strings.StatusDone : t.percentComplete > 0 ? strings.StatusInProgress : strings.StatusNotStarted}
                  {dueDate(t) ? ` · ${fmt.date(dueDate(t))}` : ''}
                </Text>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
};
