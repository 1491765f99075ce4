import * as migration_20261128_180753_initial from './20261128_180753_initial';

export const migrations = [
  {
    up: migration_20261128_180753_initial.up,
    down: migration_20261128_180753_initial.down,
    name: '20261128_180753_initial'
  },
];
