import * as migration_20261129_014607_initial from './20261129_014607_initial';

export const migrations = [
  {
    up: migration_20261129_014607_initial.up,
    down: migration_20261129_014607_initial.down,
    name: '20261129_014607_initial'
  },
];
