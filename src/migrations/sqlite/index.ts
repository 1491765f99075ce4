import * as migration_20261128_180743_initial from './20261128_180743_initial';
import * as migration_20261129_012205_storage_object_keys from './20261129_012205_storage_object_keys';

export const migrations = [
  {
    up: migration_20261128_180743_initial.up,
    down: migration_20261128_180743_initial.down,
    name: '20261128_180743_initial',
  },
  {
    up: migration_20261129_012205_storage_object_keys.up,
    down: migration_20261129_012205_storage_object_keys.down,
    name: '20261129_012205_storage_object_keys'
  },
];
