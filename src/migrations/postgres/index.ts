import * as migration_20261129_082152_initial from './20261129_082152_initial';
import * as migration_20261129_091217_contact_request_search_index from './20261129_091217_contact_request_search_index';
import * as migration_20261129_120526_contact_request_confirmed_at_index from './20261129_120526_contact_request_confirmed_at_index';
import * as migration_20261203_173958_cache_purge_failures from './20261203_173958_cache_purge_failures';
import * as migration_20261204_022753_takedown_first_action from './20261204_022753_takedown_first_action';
import * as migration_20261204_024231_outbox from './20261204_024231_outbox';
import * as migration_20261204_030503_auto_hide_withheld from './20261204_030503_auto_hide_withheld';
import * as migration_20261204_074856_saved_by from './20261204_074856_saved_by';
import * as migration_20261204_075731_restoration_clock from './20261204_075731_restoration_clock';
import * as migration_20261204_081502_counter_notice_formalities from './20261204_081502_counter_notice_formalities';
import * as migration_20261204_083320_audit_reasons_digest from './20261204_083320_audit_reasons_digest';
import * as migration_20261204_083626_authority_order from './20261204_083626_authority_order';
import * as migration_20261204_084224_notices_contact from './20261204_084224_notices_contact';
import * as migration_20261204_103040_case_file_history from './20261204_103040_case_file_history';

export const migrations = [
  {
    up: migration_20261129_082152_initial.up,
    down: migration_20261129_082152_initial.down,
    name: '20261129_082152_initial',
  },
  {
    up: migration_20261129_091217_contact_request_search_index.up,
    down: migration_20261129_091217_contact_request_search_index.down,
    name: '20261129_091217_contact_request_search_index',
  },
  {
    up: migration_20261129_120526_contact_request_confirmed_at_index.up,
    down: migration_20261129_120526_contact_request_confirmed_at_index.down,
    name: '20261129_120526_contact_request_confirmed_at_index',
  },
  {
    up: migration_20261203_173958_cache_purge_failures.up,
    down: migration_20261203_173958_cache_purge_failures.down,
    name: '20261203_173958_cache_purge_failures',
  },
  {
    up: migration_20261204_022753_takedown_first_action.up,
    down: migration_20261204_022753_takedown_first_action.down,
    name: '20261204_022753_takedown_first_action',
  },
  {
    up: migration_20261204_024231_outbox.up,
    down: migration_20261204_024231_outbox.down,
    name: '20261204_024231_outbox',
  },
  {
    up: migration_20261204_030503_auto_hide_withheld.up,
    down: migration_20261204_030503_auto_hide_withheld.down,
    name: '20261204_030503_auto_hide_withheld',
  },
  {
    up: migration_20261204_074856_saved_by.up,
    down: migration_20261204_074856_saved_by.down,
    name: '20261204_074856_saved_by',
  },
  {
    up: migration_20261204_075731_restoration_clock.up,
    down: migration_20261204_075731_restoration_clock.down,
    name: '20261204_075731_restoration_clock',
  },
  {
    up: migration_20261204_081502_counter_notice_formalities.up,
    down: migration_20261204_081502_counter_notice_formalities.down,
    name: '20261204_081502_counter_notice_formalities',
  },
  {
    up: migration_20261204_083320_audit_reasons_digest.up,
    down: migration_20261204_083320_audit_reasons_digest.down,
    name: '20261204_083320_audit_reasons_digest',
  },
  {
    up: migration_20261204_083626_authority_order.up,
    down: migration_20261204_083626_authority_order.down,
    name: '20261204_083626_authority_order',
  },
  {
    up: migration_20261204_084224_notices_contact.up,
    down: migration_20261204_084224_notices_contact.down,
    name: '20261204_084224_notices_contact',
  },
  {
    up: migration_20261204_103040_case_file_history.up,
    down: migration_20261204_103040_case_file_history.down,
    name: '20261204_103040_case_file_history'
  },
];
