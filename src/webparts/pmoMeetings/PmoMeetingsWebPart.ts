import * as React from 'react';
import { Meetings } from '../../components/Meetings';
import { PmoWebPartBase } from '../common/PmoWebPartBase';
import type { IPmoWebPartProps } from '../common/properties';

/** PMO Meetings: meetings from Outlook, agendas, minutes and publishing (issue 8). */
export default class PmoMeetingsWebPart extends PmoWebPartBase<IPmoWebPartProps> {
  protected readonly rootName: string = 'PmoMeetings';
  // The root renders the title itself, with a localized default.
  protected rootTitle(): string | undefined {
    return undefined;
  }

  protected renderContent(): React.ReactElement {
    return React.createElement(Meetings, { title: this.properties.title });
  }
}
