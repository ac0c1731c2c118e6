import * as React from 'react';
import { MessageBar } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { IReportFigures } from '../../model/statusReport';
import { formatDate } from '../common/fields/formatValue';
import { FactList } from '../common/FactList';
import { reportFacts } from './reportDocument';
import { partText } from './reasonText';

export { reasonText } from './reasonText';

/** The figures of a report (as drafted, or as frozen when published); an unread figure is a dash, never 0. */
export const ReportFigures: React.FC<{ figures: IReportFigures }> = ({ figures: f }) => (
  <div data-testid="report-figures">
    <Text block variant="mediumPlus" style={{ fontWeight: 600 }}>{format(strings.ReportFiguresTitle, formatDate(f.asOf))}</Text>
    <Text block variant="small">{f.since ? format(strings.ReportFiguresSince, formatDate(f.since)) : format(strings.ReportFiguresFirst, formatDate(f.asOf))}</Text>
    {f.missing.length > 0 && <MessageBar isMultiline>{format(strings.ReportMissing, f.missing.map(partText).join(', '))}</MessageBar>}
    <FactList>
      {reportFacts(f).map(({ label, value }) => (
        <div key={label}>
          <dt style={{ fontSize: 12 }}>{label}</dt>
          <dd style={{ margin: 0 }} data-fig={label}>{value || '–'}</dd>
        </div>
      ))}
    </FactList>
  </div>
);
