import * as migration_20261128_180743_initial from './20261128_180743_initial';
import * as migration_20261129_012205_storage_object_keys from './20261129_012205_storage_object_keys';
import * as migration_20261129_013528_takedown_deadlines_jobs from './20261129_013528_takedown_deadlines_jobs';
import * as migration_20261129_013620_takedown_drop_due_days from './20261129_013620_takedown_drop_due_days';
import * as migration_20261129_014606_takedown_report_times from './20261129_014606_takedown_report_times';
import * as migration_20261129_015301_takedown_retention from './20261129_015301_takedown_retention';
import * as migration_20261129_020012_takedown_counter_notices from './20261129_020012_takedown_counter_notices';

export const migrations = [
  {
    up: migration_20261128_180743_initial.up,
    down: migration_20261128_180743_initial.down,
    name: '20261128_180743_initial',
  },
  {
    up: migration_20261129_012205_storage_object_keys.up,
    down: migration_20261129_012205_storage_object_keys.down,
    name: '20261129_012205_storage_object_keys',
  },
  {
    up: migration_20261129_013528_takedown_deadlines_jobs.up,
    down: migration_20261129_013528_takedown_deadlines_jobs.down,
    name: '20261129_013528_takedown_deadlines_jobs',
  },
  {
    up: migration_20261129_013620_takedown_drop_due_days.up,
    down: migration_20261129_013620_takedown_drop_due_days.down,
    name: '20261129_013620_takedown_drop_due_days',
  },
  {
    up: migration_20261129_014606_takedown_report_times.up,
    down: migration_20261129_014606_takedown_report_times.down,
    name: '20261129_014606_takedown_report_times',
  },
  {
    up: migration_20261129_015301_takedown_retention.up,
    down: migration_20261129_015301_takedown_retention.down,
    name: '20261129_015301_takedown_retention',
  },
  {
    up: migration_20261129_020012_takedown_counter_notices.up,
    down: migration_20261129_020012_takedown_counter_notices.down,
    name: '20261129_020012_takedown_counter_notices'
  },
];
