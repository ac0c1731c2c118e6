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

build.initialize(require('gulp'));
