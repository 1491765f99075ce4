import * as migration_20261129_070351_initial from './20261129_070351_initial';
import * as migration_20261129_073653_media_sizes_credit_locales_exports from './20261129_073653_media_sizes_credit_locales_exports';

export const migrations = [
  {
    up: migration_20261129_070351_initial.up,
    down: migration_20261129_070351_initial.down,
    name: '20261129_070351_initial',
  },
  {
    up: migration_20261129_073653_media_sizes_credit_locales_exports.up,
    down: migration_20261129_073653_media_sizes_credit_locales_exports.down,
    name: '20261129_073653_media_sizes_credit_locales_exports'
  },
];
