import * as migration_20261128_180753_initial from './20261128_180753_initial';
import * as migration_20261129_012219_storage_object_keys from './20261129_012219_storage_object_keys';

export const migrations = [
  {
    up: migration_20261128_180753_initial.up,
    down: migration_20261128_180753_initial.down,
    name: '20261128_180753_initial',
  },
  {
    up: migration_20261129_012219_storage_object_keys.up,
    down: migration_20261129_012219_storage_object_keys.down,
    name: '20261129_012219_storage_object_keys'
  },
];
