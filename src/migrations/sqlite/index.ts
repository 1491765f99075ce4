import * as migration_20261129_014557_initial from './20261129_014557_initial';

export const migrations = [
  {
    up: migration_20261129_014557_initial.up,
    down: migration_20261129_014557_initial.down,
    name: '20261129_014557_initial'
  },
];
