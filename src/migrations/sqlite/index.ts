import * as migration_20261129_082144_initial from './20261129_082144_initial';

export const migrations = [
  {
    up: migration_20261129_082144_initial.up,
    down: migration_20261129_082144_initial.down,
    name: '20261129_082144_initial'
  },
];
