/**
 * Site users: web/currentuser, web/ensureuser, web/siteusers (getById, getByEmail, getByLoginName),
 * web/getUserById. The site's users are the directory's people; a person's spId is the user id.
 */
import type { LocalResponse } from '../http.ts';
import { findPerson, listPeople, type Person } from '../directory.ts';
import type { Segment, SpRequest } from './context.ts';
import { fail } from './spErrors.ts';
import { queryEntities, selectProps } from './entities.ts';
import { collectionResponse, entityResponse, type Entity } from './responseFormats.ts';

export function userEntity(r: SpRequest, p: Person): Entity {
  const login = `i:0#.f|membership|${p.userPrincipalName}`;
  return {
    'odata.type': 'SP.User',
    'odata.id': `${r.out.apiBase}/Web/GetUserById(${p.spId})`,
    'odata.editLink': `Web/GetUserById(${p.spId})`,
    Id: p.spId,
    IsHiddenInUI: false,
    LoginName: login,
    Title: p.displayName,
    PrincipalType: 1,
    Email: p.mail,
    Expiration: '',
    IsEmailAuthenticationGuestUser: false,
    IsShareByEmailGuestUser: false,
    IsSiteAdmin: p.isSiteAdmin,
    UserId: { NameId: p.id.replace(/-/g, '').slice(0, 16), NameIdIssuer: 'urn:federation:microsoftonline' },
    UserPrincipalName: p.userPrincipalName
  };
}

function one(r: SpRequest, p: Person | undefined): LocalResponse {
  if (!p) throw fail.userNotFound();
  return entityResponse(r.out, selectProps(userEntity(r, p), r.query.get('$select'), 'SP.User'), 'SP.ApiData.Users/@Element');
}

/** Routes under web/ that concern users; `undefined` for anything else. */
export function userRoutes(r: SpRequest, seg: Segment, rest: Segment[]): LocalResponse | undefined {
  if (seg.name === 'currentuser' && !rest.length && r.method === 'GET') return one(r, r.user);
  if (seg.name === 'getuserbyid' && !rest.length && r.method === 'GET') return one(r, findPerson(r.db, Number(seg.arg)));
  if (seg.name === 'ensureuser' && !rest.length && r.method === 'POST') {
    const logon = seg.arg ?? r.json().logonName;
    if (typeof logon !== 'string' || !logon.trim()) throw fail.badRequest('ensureuser needs logonName.');
    const p = findPerson(r.db, logon.trim());
    if (!p) throw fail.userUnknown(logon);
    return entityResponse(r.out, userEntity(r, p), 'SP.ApiData.Users/@Element');
  }
  if (seg.name !== 'siteusers') return undefined;
  if (!rest.length && r.method === 'GET') {
    const all = listPeople(r.db).map((p) => userEntity(r, p));
    return collectionResponse(r.out, queryEntities(all, r.query, 'SP.User'), 'SP.ApiData.Users');
  }
  const [by, ...more] = rest;
  if (more.length || r.method !== 'GET' || by.arg === undefined) return undefined;
  if (by.name === 'getbyid') return one(r, /^\d+$/.test(by.arg) ? findPerson(r.db, Number(by.arg)) : undefined);
  if (by.name === 'getbyemail') return one(r, listPeople(r.db).find((p) => p.mail.toLowerCase() === by.arg!.toLowerCase()));
  if (by.name === 'getbyloginname') return one(r, findPerson(r.db, by.arg));
  return undefined;
}
