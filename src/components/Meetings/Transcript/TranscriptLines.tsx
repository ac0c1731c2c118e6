import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { ITranscriptCue } from '../../../model/meetings/transcript';
import { offsetText } from './ProposalCard';

/** Lines shown at once: a transcript of hours has thousands, so they are paged, never all in the DOM. */
export const LINES_PER_PAGE = 50;

const folded = (s: string) => s.toLowerCase();

/** The transcript's lines, searchable by words (all must occur, in the text or the speaker), a page at a time. */
export function TranscriptLines({ cues }: { cues: ITranscriptCue[] }): React.ReactElement {
  const theme = useTheme();
  const [query, setQuery] = React.useState('');
  const [page, setPage] = React.useState(0);
  const words = folded(query).split(/\s+/).filter(Boolean);
  const shown = React.useMemo(
    () => (words.length ? cues.filter((c) => words.every((w) => folded(`${c.speaker || ''} ${c.text}`).indexOf(w) >= 0)) : cues),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reason: words derive from query
    [cues, query]
  );
  const pages = Math.max(1, Math.ceil(shown.length / LINES_PER_PAGE));
  const at = Math.min(page, pages - 1);
  const slice = shown.slice(at * LINES_PER_PAGE, (at + 1) * LINES_PER_PAGE);
  return (
    <Stack tokens={{ childrenGap: 6 }}>
      <SearchBox placeholder={strings.TranscriptSearch} ariaLabel={strings.TranscriptSearch} value={query} onChange={(_e, v) => { setQuery(v || ''); setPage(0); }} />
      <Text role="status" variant="small">
        {shown.length ? format(strings.TranscriptLinesShown, at * LINES_PER_PAGE + 1, at * LINES_PER_PAGE + slice.length, shown.length) : strings.TranscriptNoMatch}
      </Text>
      <ol aria-label={strings.TranscriptTitle} style={{ margin: 0, paddingLeft: 0, maxHeight: 360, overflowY: 'auto' }} tabIndex={0}>
        {slice.map((c, i) => (
          <li key={`${at}-${i}`} style={{ listStyle: 'none', padding: '2px 0', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}` }}>
            <Text variant="small" styles={{ root: { color: theme.semanticColors.bodySubtext } }}>{`${offsetText(c.startMs)} ${c.speaker || strings.TranscriptUnknownSpeaker}: `}</Text>
            <Text variant="small">{c.text}</Text>
          </li>
        ))}
      </ol>
      {pages > 1 && (
        <Stack horizontal tokens={{ childrenGap: 8 }} verticalAlign="center">
          <DefaultButton text={strings.TranscriptEarlier} disabled={at === 0} onClick={() => setPage(at - 1)} />
          <Text variant="small">{format(strings.TranscriptPage, at + 1, pages)}</Text>
          <DefaultButton text={strings.TranscriptLater} disabled={at >= pages - 1} onClick={() => setPage(at + 1)} />
        </Stack>
      )}
    </Stack>
  );
}
