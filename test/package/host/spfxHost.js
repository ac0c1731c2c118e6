/*
 * Stand-ins for the SharePoint Framework host modules a PMO Hub bundle imports, and the host that
 * mounts a web part from its manifest, as a SharePoint page or a Teams tab does. Each stand-in does
 * the least the web parts use and says so; everything else of PMO Hub is the shipped JavaScript.
 *
 * Needs amdLoader.js, and React, ReactDOM and the Graph client (the real 17.0.1 / 3.0.2 browser builds
 * SharePoint supplies as components) loaded before it.
 */
(function () {
  'use strict';
  var problems = [];
  window.addEventListener('error', function (e) {
    problems.push('error: ' + (e.error && e.error.stack ? e.error.stack : e.message));
  });
  window.addEventListener('unhandledrejection', function (e) {
    problems.push('unhandled rejection: ' + (e.reason && e.reason.stack ? e.reason.stack : String(e.reason)));
  });

  /** Stand-in for @microsoft/sp-webpart-base: BaseClientSideWebPart's lifecycle as the page drives it. */
  function BaseClientSideWebPart() {
    this._renderedOnce = false;
  }
  Object.defineProperty(BaseClientSideWebPart.prototype, 'context', { get: function () { return this._standInContext; } });
  Object.defineProperty(BaseClientSideWebPart.prototype, 'properties', { get: function () { return this._standInProperties; } });
  Object.defineProperty(BaseClientSideWebPart.prototype, 'domElement', { get: function () { return this._standInElement; } });
  Object.defineProperty(BaseClientSideWebPart.prototype, 'renderedOnce', { get: function () { return this._renderedOnce; } });
  BaseClientSideWebPart.prototype.onInit = function () { return Promise.resolve(); };
  BaseClientSideWebPart.prototype.render = function () {};
  BaseClientSideWebPart.prototype.onDispose = function () {};
  BaseClientSideWebPart.prototype.onThemeChanged = function () {};
  BaseClientSideWebPart.prototype.onPropertyPaneFieldChanged = function () {};
  BaseClientSideWebPart.prototype.onPropertyPaneConfigurationComplete = function () {};
  BaseClientSideWebPart.prototype.getPropertyPaneConfiguration = function () { return { pages: [] }; };
  window.pmoAmd.provide('@microsoft/sp-webpart-base', { BaseClientSideWebPart: BaseClientSideWebPart });

  /** Stand-in for @microsoft/sp-property-pane: the field factories return plain descriptors. */
  function field(type) {
    return function (targetProperty, properties) {
      return { type: type, targetProperty: targetProperty, properties: properties };
    };
  }
  window.pmoAmd.provide('@microsoft/sp-property-pane', {
    PropertyPaneTextField: field('TextField'),
    PropertyPaneCheckbox: field('CheckBox'),
    PropertyPaneToggle: field('Toggle'),
    PropertyPaneDropdown: field('Dropdown'),
    PropertyPaneLabel: field('Label')
  });

  /** Stand-in for @microsoft/sp-core-library: only the environment a web part may ask about. */
  window.pmoAmd.provide('@microsoft/sp-core-library', {
    Environment: { type: 3 },
    EnvironmentType: { Local: 1, SharePoint: 3 },
    Version: { parse: function (v) { return { toString: function () { return v; } }; } }
  });

  // The real components SharePoint supplies for these (same versions: the test checks the manifests).
  window.pmoAmd.provide('react', window.React);
  window.pmoAmd.provide('react-dom', window.ReactDOM);
  window.pmoAmd.provide('@microsoft/microsoft-graph-client', window.MicrosoftGraph);

  /**
   * Stand-in for sp-http's MSGraphClientFactory: getClient('3') gives a Graph JS client v3 on the local
   * tenant's /v1.0 (SharePoint's gives one with its AAD token provider; here the cookie says who).
   */
  function graphClientFactory() {
    return {
      getClient: function (version) {
        if (version !== '3') return Promise.reject(new Error('MSGraphClientFactory stand-in: only version 3 exists'));
        return Promise.resolve(
          window.MicrosoftGraph.Client.initWithMiddleware({
            baseUrl: location.origin,
            customHosts: new Set([location.hostname]),
            authProvider: { getAccessToken: function () { return Promise.resolve(''); } }
          })
        );
      }
    };
  }

  /** A simulated TeamsJS v2 (context.sdks.microsoftTeams.teamsJs): app.getContext and theme changes. */
  function teamsJs(teams) {
    var handler;
    return {
      api: {
        app: {
          getContext: function () {
            return Promise.resolve({
              app: { theme: teams.theme || 'default', locale: 'en-us', host: { name: 'Teams', clientType: 'web' } },
              team: { groupId: teams.groupId, displayName: teams.teamName },
              channel: { id: teams.channelId, displayName: teams.channelName },
              page: { id: 'pmo-tab', frameContext: 'content' }
            });
          },
          registerOnThemeChangeHandler: function (h) {
            handler = h;
          }
        }
      },
      setTheme: function (t) {
        if (handler) handler(t);
      }
    };
  }

  /** Points each script resource of the manifest at the loader: stand-ins for components, URLs for paths. */
  function resolveResources(manifest, baseUrl, culture) {
    var resources = manifest.loaderConfig.scriptResources;
    Object.keys(resources).forEach(function (name) {
      var r = resources[name];
      if (r.type === 'component') {
        if (!window.pmoAmd.isProvided(name)) throw new Error('no stand-in for component ' + name + ' (' + r.id + ' ' + r.version + ')');
      } else if (r.type === 'path') {
        window.pmoAmd.path(name, baseUrl + r.path);
      } else if (r.type === 'localizedPath') {
        // SharePoint picks the file of the page's UI culture, else the default.
        var paths = r.paths || {};
        var key = Object.keys(paths).filter(function (k) { return k.toLowerCase() === culture.toLowerCase(); })[0];
        window.pmoAmd.path(name, baseUrl + (key ? paths[key] : r.defaultPath));
      } else {
        throw new Error('script resource ' + name + ' has unknown type ' + r.type);
      }
    });
  }

  var teamsHosts = {};

  /**
   * Mounts a web part as the page does: loads the manifest's entry module, takes its export, and runs
   * the lifecycle (context and properties set, onInit, render).
   * opts: { manifest, baseUrl, element, properties, webUrl, digest, groupId?, culture?, teams?, userMail? }
   */
  function mount(opts) {
    var culture = opts.culture || 'en-US';
    resolveResources(opts.manifest, opts.baseUrl, culture);
    var lc = opts.manifest.loaderConfig;
    return window.pmoAmd.load(lc.entryModuleId).then(function (mod) {
      // A bundle of several components exports each one's module under exportName (SPFx's bundle entry
      // is `export * as <exportName> from '<web part module>'`); the web part class is its default export.
      var exported = lc.exportName ? mod[lc.exportName] : mod;
      var Ctor = exported && exported.default;
      if (typeof Ctor !== 'function') throw new Error(opts.manifest.alias + ': export "' + (lc.exportName || 'default') + '" of ' + lc.entryModuleId + ' is not a web part class');
      var wp = new Ctor();
      var teams = opts.teams ? teamsJs(opts.teams) : undefined;
      if (teams) teamsHosts[opts.manifest.id] = teams;
      wp._standInElement = opts.element;
      wp._standInProperties = opts.properties || {};
      wp._standInContext = {
        manifest: opts.manifest,
        instanceId: opts.manifest.id + '-1',
        domElement: opts.element,
        pageContext: {
          web: { absoluteUrl: opts.webUrl, serverRelativeUrl: new URL(opts.webUrl).pathname },
          cultureInfo: { currentUICultureName: culture, currentCultureName: culture },
          // SPFx's PageContext.user; the local tenant acts as the PMO manager when no one else signs in.
          user: { loginName: 'i:0#.f|membership|' + (opts.userMail || 'pmo.manager@contoso.com'), email: opts.userMail || 'pmo.manager@contoso.com' },
          legacyPageContext: { formDigestValue: opts.digest, formDigestTimeoutSeconds: 1800, groupId: opts.groupId || '' }
        },
        msGraphClientFactory: graphClientFactory(),
        sdks: teams ? { microsoftTeams: { teamsJs: teams.api, context: {} } } : {}
      };
      return Promise.resolve(wp.onInit()).then(function () {
        wp.render();
        wp._renderedOnce = true;
        return wp;
      });
    });
  }

  window.pmoHost = {
    mount: mount,
    /** Switches the simulated Teams theme of the web part with this id, as Teams' theme switch does. */
    setTeamsTheme: function (id, theme) {
      teamsHosts[id].setTheme(theme);
    },
    problems: problems
  };
})();
