import * as migration_20261128_174724_initial from './20261128_174724_initial';

export const migrations = [
  {
    up: migration_20261128_174724_initial.up,
    down: migration_20261128_174724_initial.down,
    name: '20261128_174724_initial'
  },
];
