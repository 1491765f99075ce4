import * as migration_20261129_070358_initial from './20261129_070358_initial';
import * as migration_20261129_071736_contact_requests_list_index from './20261129_071736_contact_requests_list_index';
import * as migration_20261129_072458_affected_party from './20261129_072458_affected_party';
import * as migration_20261129_073047_takedown_holidays from './20261129_073047_takedown_holidays';
import * as migration_20261129_081227_locale_parent_indexes from './20261129_081227_locale_parent_indexes';

export const migrations = [
  {
    up: migration_20261129_070358_initial.up,
    down: migration_20261129_070358_initial.down,
    name: '20261129_070358_initial',
  },
  {
    up: migration_20261129_071736_contact_requests_list_index.up,
    down: migration_20261129_071736_contact_requests_list_index.down,
    name: '20261129_071736_contact_requests_list_index',
  },
  {
    up: migration_20261129_072458_affected_party.up,
    down: migration_20261129_072458_affected_party.down,
    name: '20261129_072458_affected_party',
  },
  {
    up: migration_20261129_073047_takedown_holidays.up,
    down: migration_20261129_073047_takedown_holidays.down,
    name: '20261129_073047_takedown_holidays',
  },
  {
    up: migration_20261129_081227_locale_parent_indexes.up,
    down: migration_20261129_081227_locale_parent_indexes.down,
    name: '20261129_081227_locale_parent_indexes'
  },
];
