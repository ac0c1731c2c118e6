import type * as React from 'react';
import { PmoWebPartBase } from '../common/PmoWebPartBase';
import type { IPmoWebPartProps } from '../common/properties';
import { lazyView } from '../common/lazyView';
import { preloadService } from '../../services/lazyService';
import type { IPmoServices } from '../../services/types';

const VIEW = lazyView('PmoMeetings', () => import(/* webpackChunkName: 'pmo-meetings' */ '../../components/Meetings/Meetings').then((m) => m.Meetings));

/** PMO Meetings: meetings from Outlook, agendas, minutes and publishing (issue 8). */
export default class PmoMeetingsWebPart extends PmoWebPartBase<IPmoWebPartProps> {
  protected readonly rootName: string = 'PmoMeetings';

  protected preloadView(services: IPmoServices | undefined): void {
    VIEW.preload();
    // What the view calls on mount (the meetings view reads projects, meeting records and calendars), so their chunks are there when it does.
    if (services) [services.projects, services.meetings, services.calendar].forEach(preloadService);
  }

  // The root renders the title itself, with a localized default.
  protected rootTitle(): string | undefined {
    return undefined;
  }

  protected renderContent(): React.ReactElement {
    return VIEW.element({ title: this.properties.title });
  }
}
