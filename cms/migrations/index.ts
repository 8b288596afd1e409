import * as migration_20261124_063644_initial from './20261124_063644_initial.ts';

export const migrations = [
  {
    up: migration_20261124_063644_initial.up,
    down: migration_20261124_063644_initial.down,
    name: '20261124_063644_initial'
  },
];
