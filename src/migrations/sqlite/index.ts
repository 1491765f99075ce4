import * as migration_20261128_164746_initial from './20261128_164746_initial';

export const migrations = [
  {
    up: migration_20261128_164746_initial.up,
    down: migration_20261128_164746_initial.down,
    name: '20261128_164746_initial'
  },
];
