import * as migration_20261128_164751_initial from './20261128_164751_initial';

export const migrations = [
  {
    up: migration_20261128_164751_initial.up,
    down: migration_20261128_164751_initial.down,
    name: '20261128_164751_initial'
  },
];
