/**
 * Drafts belong to the person and the PMO site that typed them: localStorage is shared by everyone who
 * uses the browser, so a draft saved under one owner must never be offered under another.
 */
import * as React from 'react';
import { act, render } from '@testing-library/react';
import { ServicesProvider } from '../../../src/components/common/ServicesContext';
import { draftKey, ownedDraftKey, useDraft, type IDraftApi } from '../../../src/components/records/useDraft';
import type { IDraftOwner, IPmoServices } from '../../../src/services/types';

beforeEach(() => window.localStorage.clear());

const ANNA: IDraftOwner = { site: 'https://contoso.sharepoint.com/sites/pmo', person: 'i:0#.f|membership|anna@contoso.com' };
const BEN: IDraftOwner = { ...ANNA, person: 'i:0#.f|membership|ben@contoso.com' };
const ANNA_ELSEWHERE: IDraftOwner = { ...ANNA, site: 'https://contoso.sharepoint.com/sites/pmo-emea' };

function Probe({ onApi }: { onApi: (api: IDraftApi<{ a: string }>) => void }): null {
  onApi(useDraft<{ a: string }>(draftKey('project')));
  return null;
}

/** Mounts a form's draft as `owner` sees it (the services only carry the owner here). */
function mountAs(owner: IDraftOwner | undefined): IDraftApi<{ a: string }> {
  let latest: IDraftApi<{ a: string }> | undefined;
  const services = { draftOwner: owner } as unknown as IPmoServices;
  render(
    <ServicesProvider services={services}>
      <Probe onApi={(api) => (latest = api)} />
    </ServicesProvider>
  );
  return latest!;
}

describe('drafts keyed by person and site', () => {
  it('scopes the storage key by site and person, case-insensitively, keeping ":" inside a part', () => {
    const key = ownedDraftKey('pmo-draft:project:new', ANNA);
    expect(key).toBe(
      `pmo-draft:${encodeURIComponent(ANNA.site)}:${encodeURIComponent(ANNA.person)}:project:new`
    );
    expect(ownedDraftKey('pmo-draft:project:new', { site: ANNA.site.toUpperCase(), person: ANNA.person.toUpperCase() })).toBe(key);
    expect(ownedDraftKey('pmo-draft:project:new', BEN)).not.toBe(key);
    expect(ownedDraftKey('pmo-draft:project:new', ANNA_ELSEWHERE)).not.toBe(key);
    // A person named like the end of a site cannot collide with another owner.
    expect(ownedDraftKey('pmo-draft:x', { site: 'a:b', person: 'c' })).not.toBe(ownedDraftKey('pmo-draft:x', { site: 'a', person: 'b:c' }));
  });

  it("never offers one person's draft to another person or on another site, and keeps it for its owner", () => {
    const anna = mountAs(ANNA);
    act(() => anna.save({ a: 'Half-typed idea' }));
    expect(window.localStorage.getItem(ownedDraftKey(draftKey('project'), ANNA))).toContain('Half-typed idea');
    expect(window.localStorage.getItem(draftKey('project'))).toBeNull();

    expect(mountAs(BEN).pending).toBeUndefined();
    expect(mountAs(ANNA_ELSEWHERE).pending).toBeUndefined();
    expect(mountAs(ANNA).pending?.value).toEqual({ a: 'Half-typed idea' });
  });

  it("clears only its owner's draft", () => {
    const anna = mountAs(ANNA);
    act(() => anna.save({ a: 'Anna' }));
    const ben = mountAs(BEN);
    act(() => ben.save({ a: 'Ben' }));
    act(() => mountAs(BEN).clear());
    expect(mountAs(BEN).pending).toBeUndefined();
    expect(mountAs(ANNA).pending?.value).toEqual({ a: 'Anna' });
  });
});

describe('where the draft owner comes from', () => {
  it('the services carry the PMO site and the signed-in person the host named', async () => {
    // jsdom has no fetch; the Graph client only checks that one exists (nothing is sent here).
    (globalThis as { fetch?: unknown }).fetch ??= (): Promise<never> => Promise.reject(new Error('no network in this test'));
    const { createServices } = await import('../../../src/services');
    const { createClientsFromUrls } = await import('../../../src/services/clients');
    const services = createServices(createClientsFromUrls({ siteUrl: 'https://localhost:4321/sites/pmo', graphBaseUrl: 'https://localhost:4321', signedInAs: 'anna@contoso.com' }));
    expect(services.draftOwner).toEqual({ site: 'https://localhost:4321/sites/pmo', person: 'anna@contoso.com' });
  });

  it("SPFx: the web part context's PageContext.user reaches the clients, also for a PMO site elsewhere", async () => {
    const { clientContext } = await import('../../../src/webparts/common/compositionRoot');
    const ctx = {
      pageContext: { web: { absoluteUrl: 'https://contoso.sharepoint.com/sites/team' }, user: { loginName: 'anna@contoso.com' }, legacyPageContext: { formDigestValue: 'd', formDigestTimeoutSeconds: 60 } },
      msGraphClientFactory: { getClient: () => Promise.reject(new Error('unused')) }
    };
    expect(clientContext(ctx).pageContext.user).toEqual({ loginName: 'anna@contoso.com' });
    expect(clientContext(ctx, 'https://contoso.sharepoint.com/sites/pmo').pageContext.user).toEqual({ loginName: 'anna@contoso.com' });
  });
});
