/*
 * A small AMD loader for the shipped-bundle test: what SharePoint's module loader does for a web part,
 * reduced to what a PMO Hub bundle needs. Modules are either stand-ins registered by name
 * (pmoAmd.provide) or scripts loaded by <script> tag from a path (pmoAmd.paths), so a bundle runs as it
 * does on a page: document.currentScript is its own tag (webpack derives the lazy chunks' public path
 * from it) and its lazy chunks load through webpack's own script tags.
 *
 * define() is anonymous in SPFx bundles and loc files; a named define is accepted too. A script that
 * defines nothing, or a dependency with neither a stand-in nor a path, is an error naming it.
 */
(function () {
  'use strict';
  var modules = {}; // name -> Promise of the module's exports
  var standIns = {}; // names registered with provide()
  var paths = {}; // name -> script URL
  var queue = []; // defines of the script that is executing now
  var loaded = []; // names loaded from scripts, in order (the test reads it)

  function define(name, deps, factory) {
    if (typeof name !== 'string') {
      factory = deps;
      deps = name;
      name = undefined;
    }
    if (!Array.isArray(deps)) {
      factory = deps;
      deps = [];
    }
    queue.push({ name: name, deps: deps, factory: factory });
  }
  define.amd = {};

  function instantiate(def, requester) {
    var module = { exports: {} };
    return Promise.all(
      def.deps.map(function (d) {
        if (d === 'exports') return module.exports;
        if (d === 'module') return module;
        if (d === 'require') return requireSync;
        return load(d, requester);
      })
    ).then(function (values) {
      var result = typeof def.factory === 'function' ? def.factory.apply(undefined, values) : def.factory;
      return result !== undefined ? result : module.exports;
    });
  }

  function requireSync(name) {
    throw new Error('AMD: synchronous require("' + name + '") is not supported by this loader');
  }

  function load(name, requester) {
    if (modules[name]) return modules[name];
    var url = paths[name];
    if (!url) return Promise.reject(new Error('AMD: "' + name + '"' + (requester ? ' (needed by ' + requester + ')' : '') + ' has no stand-in and no path'));
    modules[name] = new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = url;
      s.async = true;
      s.onload = function () {
        // A script's load event follows its execution in the same task, so the queue holds its defines.
        var defs = queue.splice(0, queue.length);
        if (defs.length !== 1) {
          reject(new Error('AMD: ' + url + ' made ' + defs.length + ' define() calls, expected one'));
          return;
        }
        loaded.push(name);
        instantiate(defs[0], name).then(resolve, reject);
      };
      s.onerror = function () {
        reject(new Error('AMD: could not load "' + name + '" from ' + url));
      };
      document.head.appendChild(s);
    });
    return modules[name];
  }

  window.define = define;
  window.pmoAmd = {
    /** Registers a stand-in module under its name. */
    provide: function (name, exports) {
      modules[name] = Promise.resolve(exports);
      standIns[name] = true;
    },
    isProvided: function (name) {
      return standIns[name] === true;
    },
    /** Where a module's script is. */
    path: function (name, url) {
      paths[name] = url;
    },
    load: function (name) {
      return load(name);
    },
    loaded: loaded
  };
})();
