import * as migration_20261124_061225_initial from './20261124_061225_initial.ts';
import * as migration_20261124_062724_site_build from './20261124_062724_site_build.ts';

export const migrations = [
  {
    up: migration_20261124_061225_initial.up,
    down: migration_20261124_061225_initial.down,
    name: '20261124_061225_initial',
  },
  {
    up: migration_20261124_062724_site_build.up,
    down: migration_20261124_062724_site_build.down,
    name: '20261124_062724_site_build'
  },
];
