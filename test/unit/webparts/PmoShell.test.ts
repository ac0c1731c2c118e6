/**
 * The web part shell at its seams: a narrow context (page or Teams SDK) in, a fake service set from
 * a fake build; no SPFx runtime. PmoWebPartBase only forwards its lifecycle to this class.
 */
import type { IPmoServices } from '../../../src/services/types';
import type { IPmoShellContext, ITeamsJsLike } from '../../../src/webparts/common/compositionRoot';
import { PmoShell } from '../../../src/webparts/common/PmoShell';
import { createFakeServices } from '../../fakes';

const PAGE = 'https://contoso.sharepoint.com/sites/pmo';

function context(teamsJs?: ITeamsJsLike): IPmoShellContext {
  return {
    pageContext: { web: { absoluteUrl: PAGE }, legacyPageContext: { groupId: 'site-group' } } as IPmoShellContext['pageContext'],
    msGraphClientFactory: { getClient: jest.fn() },
    ...(teamsJs ? { sdks: { microsoftTeams: { teamsJs } } } : {})
  };
}

/** A build the test finishes by hand, one pending promise per call, in call order. */
function manualBuild(): {
  build: (ctx: IPmoShellContext, site?: string) => Promise<IPmoServices>;
  sites: (string | undefined)[];
  finish: (i: number, result: IPmoServices | Error) => Promise<void>;
} {
  const sites: (string | undefined)[] = [];
  const pending: { resolve: (s: IPmoServices) => void; reject: (e: Error) => void }[] = [];
  return {
    sites,
    build: (_ctx, site) => {
      sites.push(site);
      return new Promise<IPmoServices>((resolve, reject) => pending.push({ resolve, reject }));
    },
    finish: async (i, result) => {
      if (result instanceof Error) pending[i].reject(result);
      else pending[i].resolve(result);
      // Let the shell's await continue.
      await new Promise((r) => setTimeout(r, 0));
    }
  };
}

function shellWith(build: (ctx: IPmoShellContext, site?: string) => Promise<IPmoServices>, ctx: IPmoShellContext = context()) {
  const onChange = jest.fn();
  return { shell: new PmoShell({ name: 'PmoTest', context: ctx, onChange, build }), onChange };
}

describe('PmoShell (the web part base behind SPFx lifecycle)', () => {
  let errorSpy: jest.SpyInstance;
  beforeEach(() => {
    errorSpy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => errorSpy.mockRestore());

  it('builds the services once for the configured site on start, then reports the change', async () => {
    const services = createFakeServices();
    const b = manualBuild();
    const { shell, onChange } = shellWith(b.build);
    const started = shell.start(undefined);
    await new Promise((r) => setTimeout(r, 0));
    expect(b.sites).toEqual([undefined]);
    expect(shell.state.services).toBeUndefined();
    expect(onChange).not.toHaveBeenCalled();
    await b.finish(0, services);
    await started;
    expect(shell.state).toMatchObject({ host: { host: 'SharePoint', groupId: 'site-group' }, services, startError: undefined });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('keeps a failed build as the start error, logged once, with no services', async () => {
    const { shell, onChange } = shellWith(() => Promise.reject(new Error('contextinfo 403')));
    await shell.start(PAGE);
    expect(shell.state.services).toBeUndefined();
    expect((shell.state.startError as Error).message).toBe('contextinfo 403');
    expect(errorSpy).toHaveBeenCalledTimes(1);
    expect(String(errorSpy.mock.calls[0][0])).toContain('PmoTest: buildServices');
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('rebuilds only when the pane names another PMO site, and a later answer wins over an older one', async () => {
    const first = createFakeServices();
    const third = createFakeServices();
    const b = manualBuild();
    const { shell, onChange } = shellWith(b.build);
    const started = shell.start(undefined);
    await new Promise((r) => setTimeout(r, 0));
    await b.finish(0, first);
    await started;

    // The same site written differently (trailing slash, or an invalid URL that falls back to the page) builds nothing.
    await shell.setSiteUrl(`${PAGE}/`);
    await shell.setSiteUrl('not a url');
    expect(b.sites).toEqual([undefined]);

    const toA = shell.setSiteUrl('https://contoso.sharepoint.com/sites/a');
    const toB = shell.setSiteUrl('https://contoso.sharepoint.com/sites/b');
    expect(b.sites).toEqual([undefined, 'https://contoso.sharepoint.com/sites/a', 'https://contoso.sharepoint.com/sites/b']);
    await b.finish(2, third);
    await toB;
    expect(shell.state.services).toBe(third);
    // Site a's build answers last: it is dropped, not shown over site b's.
    await b.finish(1, createFakeServices());
    await toA;
    expect(shell.state.services).toBe(third);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('in Teams reads the team group and theme, follows theme changes, and stops following on dispose', async () => {
    let handler: ((theme: string) => void) | undefined;
    const teamsJs: ITeamsJsLike = {
      app: {
        getContext: async () => ({ app: { theme: 'dark' }, team: { groupId: 'team-group' }, channel: { id: '19:c1' } }),
        registerOnThemeChangeHandler: (h) => {
          handler = h;
        }
      }
    };
    const { shell, onChange } = shellWith(async () => createFakeServices(), context(teamsJs));
    await shell.start(PAGE);
    expect(shell.state.host).toEqual({ host: 'Teams', groupId: 'team-group', channelId: '19:c1', teamsTheme: 'dark' });
    expect(shell.state.theme.isInverted).toBe(true);
    // A page theme does not apply in Teams.
    shell.setPageTheme({ isInverted: false });
    expect(shell.state.theme.isInverted).toBe(true);

    onChange.mockClear();
    handler?.('default');
    expect(shell.state.theme.isInverted).toBe(false);
    expect(onChange).toHaveBeenCalledTimes(1);

    shell.dispose();
    handler?.('dark');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(shell.state.theme.isInverted).toBe(false);
  });

  it('on a page follows the section theme', async () => {
    const { shell, onChange } = shellWith(async () => createFakeServices());
    await shell.start(undefined);
    onChange.mockClear();
    shell.setPageTheme({ isInverted: true, palette: { themePrimary: '#123456' } });
    expect(shell.state.theme.palette.themePrimary).toBe('#123456');
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('after dispose a build still under way changes nothing and reports nothing', async () => {
    const b = manualBuild();
    const { shell, onChange } = shellWith(b.build);
    const started = shell.start(undefined);
    await new Promise((r) => setTimeout(r, 0));
    shell.dispose();
    expect(shell.disposed).toBe(true);
    await b.finish(0, createFakeServices());
    await started;
    expect(onChange).not.toHaveBeenCalled();
  });

  it('starts the setup check as soon as the services exist and asks for the view only once it is on its way; the gate takes that answer', async () => {
    const services = createFakeServices();
    services.provisioning.missingLists = ['PMO Projects'];
    const missingAtPreload: number[] = [];
    const onFirstRequest = jest.fn((_built: IPmoServices | undefined) => missingAtPreload.push(services.provisioning.callsOf('missing').length));
    const shell = new PmoShell({ name: 'PmoTest', context: context(), onChange: jest.fn(), build: async () => services, checkSetup: true, onFirstRequest });
    await shell.start(undefined);
    // The check went out with the build, before the web part renders; the view's chunk comes a task later.
    expect(services.provisioning.callsOf('missing')).toHaveLength(1);
    expect(onFirstRequest).not.toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 0));
    expect(missingAtPreload).toEqual([1]);
    // The web part gets the services, to start the chunks of those its view calls first.
    expect(onFirstRequest.mock.calls[0][0]).toBe(shell.state.services);

    const gate = shell.state.services!.provisioning;
    await expect(gate.missing()).resolves.toEqual(['PMO Projects']);
    expect(services.provisioning.callsOf('missing')).toHaveLength(1);
    // A retry (or a gate mounted again) asks the site again.
    services.provisioning.missingLists = [];
    await expect(gate.missing()).resolves.toEqual([]);
    expect(services.provisioning.callsOf('missing')).toHaveLength(2);
    await gate.ensure();
    expect(services.provisioning.callsOf('ensure')).toHaveLength(1);
  });

  it('hands a failed early setup check to the gate, not to the page as an unhandled rejection', async () => {
    const services = createFakeServices();
    const offline = new Error('network down');
    services.provisioning.failNext('missing', offline);
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const shell = new PmoShell({ name: 'PmoTest', context: context(), onChange: jest.fn(), build: async () => services, checkSetup: true });
      await shell.start(undefined);
      await new Promise((r) => setTimeout(r, 10));
      expect(unhandled).not.toHaveBeenCalled();
      await expect(shell.state.services!.provisioning.missing()).rejects.toBe(offline);
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('starts no setup check for a web part that reads no PMO list, and still lets it ask for its view', async () => {
    const services = createFakeServices();
    const onFirstRequest = jest.fn();
    const shell = new PmoShell({ name: 'PmoTest', context: context(), onChange: jest.fn(), build: async () => services, onFirstRequest });
    await shell.start(undefined);
    await new Promise((r) => setTimeout(r, 0));
    expect(services.provisioning.callsOf('missing')).toHaveLength(0);
    expect(shell.state.services).toBe(services);
    expect(onFirstRequest).toHaveBeenCalledTimes(1);
  });
});
