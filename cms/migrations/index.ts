import * as migration_20261124_060359_initial from './20261124_060359_initial.ts';

export const migrations = [
  {
    up: migration_20261124_060359_initial.up,
    down: migration_20261124_060359_initial.down,
    name: '20261124_060359_initial'
  },
];
