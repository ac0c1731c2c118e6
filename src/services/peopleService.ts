/**
 * People: the signed-in user and site users from SharePoint (person columns store site user ids),
 * directory search from Graph. A person found in the directory has id 0 until ensure() makes them a
 * site user, which is when a form can store them.
 */
import type { User } from '@microsoft/microsoft-graph-types';
import type { IPerson } from '../model/types';
import type { IPmoClients } from './clients';
import { guard } from './guard';
import { personFromUser } from './graph/mappers';
import { getAllPages, queryString } from './graph/paging';
import { or, startsWith } from './odata';
import type { IPeopleService } from './types';

/** Directory matches a people picker shows at most. */
export const MAX_PEOPLE = 20;

interface ISiteUser {
  Id: number;
  Title: string;
  Email: string;
}

const fromSiteUser = (u: ISiteUser): IPerson => ({ id: u.Id, title: u.Title, email: u.Email });

export class PeopleService implements IPeopleService {
  constructor(private readonly clients: IPmoClients) {}

  public current(): Promise<IPerson> {
    return guard('Reading the signed-in user', async () =>
      fromSiteUser(await this.clients.sp.web.currentUser.select('Id', 'Title', 'Email')())
    );
  }

  public isPmoMember(): Promise<boolean> {
    return guard('Reading whether the signed-in user is in the PMO', async () =>
      Boolean(((await this.clients.sp.web.currentUser.select('IsSiteAdmin')()) as { IsSiteAdmin?: boolean }).IsSiteAdmin)
    );
  }

  public pmoContacts(): Promise<IPerson[]> {
    // The PMO site's site collection administrators, the same people isPmoMember() says are the PMO.
    return guard('Reading who the PMO members are', async () =>
      ((await this.clients.sp.web.siteUsers.filter('IsSiteAdmin eq true').select('Id', 'Title', 'Email')()) as ISiteUser[]).map(fromSiteUser)
    );
  }

  public search(text: string): Promise<IPerson[]> {
    return guard('Searching people', async () => {
      const t = text.trim();
      if (!t) return [];
      const filter = or(startsWith('displayName', t), startsWith('mail', t));
      const path = `/users${queryString({ $filter: filter, $select: 'id,displayName,mail,userPrincipalName', $top: MAX_PEOPLE })}`;
      const users = await getAllPages<User>(this.clients.graph, path, MAX_PEOPLE);
      return users.map(personFromUser);
    });
  }

  public ensure(email: string): Promise<IPerson> {
    return guard(`Adding ${email} to the site`, async () =>
      fromSiteUser(await this.clients.sp.web.ensureUser(`i:0#.f|membership|${email.trim()}`))
    );
  }
}
