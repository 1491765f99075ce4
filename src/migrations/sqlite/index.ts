import * as migration_20261128_164425_initial from './20261128_164425_initial';

export const migrations = [
  {
    up: migration_20261128_164425_initial.up,
    down: migration_20261128_164425_initial.down,
    name: '20261128_164425_initial'
  },
];
