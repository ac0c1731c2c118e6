import * as React from 'react';
import { Meetings } from '../../components/Meetings';
import { PmoWebPartBase } from '../common/PmoWebPartBase';
import type { IPmoWebPartProps } from '../common/properties';

/** PMO Meetings: meetings, agendas and minutes. For now a frame that reads no list. */
export default class PmoMeetingsWebPart extends PmoWebPartBase<IPmoWebPartProps> {
  protected readonly rootName: string = 'PmoMeetings';
  // The frame reads no PMO list yet, so it does not offer to set them up.
  protected readonly needsLists: boolean = false;

  // The frame renders the title itself, with a localized default.
  protected rootTitle(): string | undefined {
    return undefined;
  }

  protected renderContent(): React.ReactElement {
    return React.createElement(Meetings, { title: this.properties.title });
  }
}
