import * as migration_20261128_174748_initial from './20261128_174748_initial';

export const migrations = [
  {
    up: migration_20261128_174748_initial.up,
    down: migration_20261128_174748_initial.down,
    name: '20261128_174748_initial'
  },
];
