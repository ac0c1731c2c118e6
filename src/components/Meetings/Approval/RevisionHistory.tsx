import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { editingRevision } from '../../../model/meetings';
import type { IMeeting, IMinutesRevision } from '../../../model/types';
import { meetingWhen, statusLabel } from '../labels';
import { meetingStatus } from '../../../model/meetings';
import { SafeHtml } from '../SafeHtml';

const when = (iso: string | undefined) => (iso ? meetingWhen(iso, '') : '');

/** "approved by …; published on …; corrected by … on …: why". */
function facts(r: IMinutesRevision): string {
  const out: string[] = [];
  if (r.approvedBy) out.push(format(strings.RevisionApproved, r.approvedBy, when(r.approvedAt)));
  if (r.publishedAt) out.push(format(strings.RevisionPublished, when(r.publishedAt)));
  if (r.correctedBy || r.reason) out.push(format(strings.RevisionCorrected, r.correctedBy || '', when(r.correctedAt), r.reason));
  return out.join('; ');
}

/** Every revision of the minutes, newest first: who approved, published and corrected it, when and why; each text readable. */
export function RevisionHistory({ record }: { record: IMeeting }): React.ReactElement | null {
  if (!record.revisions.length) return null;
  const earlier = record.revisions.slice().sort((a, b) => b.revision - a.revision);
  return (
    <section aria-label={strings.RevisionHistory}>
      <Text as="h4" variant="mediumPlus">{strings.RevisionHistory}</Text>
      <ol reversed data-testid="revision-history">
        <li data-revision={editingRevision(record)}>
          <Text>{`${format(strings.RevisionCurrent, editingRevision(record))}: ${statusLabel(meetingStatus(record))}`}</Text>
        </li>
        {earlier.map((r) => (
          <li key={r.revision} data-revision={r.revision}>
            <details>
              <summary>{`${format(strings.RevisionRow, r.revision)}: ${facts(r)}`}</summary>
              <SafeHtml html={r.minutes} />
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
