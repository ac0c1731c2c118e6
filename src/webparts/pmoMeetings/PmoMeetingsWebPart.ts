import type * as React from 'react';
import { PmoWebPartBase } from '../common/PmoWebPartBase';
import type { IPmoWebPartProps } from '../common/properties';
import { lazyView } from '../common/lazyView';

const VIEW = lazyView('PmoMeetings', () => import(/* webpackChunkName: 'pmo-meetings' */ '../../components/Meetings/Meetings').then((m) => m.Meetings));

/** PMO Meetings: meetings from Outlook, agendas, minutes and publishing (issue 8). */
export default class PmoMeetingsWebPart extends PmoWebPartBase<IPmoWebPartProps> {
  protected readonly rootName: string = 'PmoMeetings';

  protected preloadView(): void {
    VIEW.preload();
  }

  // The root renders the title itself, with a localized default.
  protected rootTitle(): string | undefined {
    return undefined;
  }

  protected renderContent(): React.ReactElement {
    return VIEW.element({ title: this.properties.title });
  }
}
