import * as migration_20261129_070358_initial from './20261129_070358_initial';
import * as migration_20261129_073730_media_sizes_credit_locales_exports from './20261129_073730_media_sizes_credit_locales_exports';

export const migrations = [
  {
    up: migration_20261129_070358_initial.up,
    down: migration_20261129_070358_initial.down,
    name: '20261129_070358_initial',
  },
  {
    up: migration_20261129_073730_media_sizes_credit_locales_exports.up,
    down: migration_20261129_073730_media_sizes_credit_locales_exports.down,
    name: '20261129_073730_media_sizes_credit_locales_exports'
  },
];
