'use strict';

const build = require('@microsoft/sp-build-web');

// Fluent UI's own class names are not camelCase; we do not use SCSS modules, but keep the build quiet if one appears.
build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

// SPFx 1.23 only ships the old serve task under this name.
const getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  const result = getTasks.call(build.rig);
  result.set('serve', result.get('serve-deprecated'));
  return result;
};

// PMO_BUNDLE_STATS=1 writes webpack's module statistics to temp/bundle-stats.json (which modules
// each bundle and lazy chunk holds, with sizes), to see what a size change came from.
// pptxgenjs (the steering committee deck, its own lazy chunk) imports node:fs and node:https only when
// it runs in Node; in the browser those branches never run, and webpack cannot read the node: scheme.
const ignoreNodeOnly = (config) => {
  const webpack = require('webpack');
  config.plugins.push(new webpack.IgnorePlugin({ resourceRegExp: /^node:(fs|https)$/, contextRegExp: /pptxgenjs/ }));
  return config;
};

if (!process.env.PMO_BUNDLE_STATS) {
  build.configureWebpack.mergeConfig({ additionalConfiguration: ignoreNodeOnly });
} else {
  build.configureWebpack.mergeConfig({
    additionalConfiguration: (config) => {
      ignoreNodeOnly(config);
      config.plugins.push({
        apply: (compiler) =>
          compiler.hooks.done.tap('PmoBundleStats', (stats) => {
            const fs = require('fs');
            fs.mkdirSync('temp', { recursive: true });
            const json = stats.toJson({ all: false, chunks: true, chunkModules: true, nestedModules: true, dependentModules: true, chunkModulesSpace: Infinity, nestedModulesSpace: Infinity });
            fs.writeFileSync('temp/bundle-stats.json', JSON.stringify(json));
          })
      });
      return config;
    }
  });
}

build.initialize(require('gulp'));
