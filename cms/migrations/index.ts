import * as migration_20261124_061225_initial from './20261124_061225_initial.ts';

export const migrations = [
  {
    up: migration_20261124_061225_initial.up,
    down: migration_20261124_061225_initial.down,
    name: '20261124_061225_initial'
  },
];
