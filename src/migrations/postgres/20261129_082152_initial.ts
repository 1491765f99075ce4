import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'zh');
  CREATE TYPE "public"."enum_editions_hosts_role" AS ENUM('host', 'co-host', 'new-co-host', 'partner', 'participant');
  CREATE TYPE "public"."enum_editions_format" AS ENUM('offline', 'online', 'hybrid');
  CREATE TYPE "public"."enum_editions_takedown_basis" AS ENUM('copyright', 'image', 'personal_data', 'defamation', 'trademark', 'factual_error', 'other');
  CREATE TYPE "public"."enum_editions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__editions_v_version_hosts_role" AS ENUM('host', 'co-host', 'new-co-host', 'partner', 'participant');
  CREATE TYPE "public"."enum__editions_v_version_format" AS ENUM('offline', 'online', 'hybrid');
  CREATE TYPE "public"."enum__editions_v_version_takedown_basis" AS ENUM('copyright', 'image', 'personal_data', 'defamation', 'trademark', 'factual_error', 'other');
  CREATE TYPE "public"."enum__editions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__editions_v_published_locale" AS ENUM('en', 'zh');
  CREATE TYPE "public"."enum_organizations_kind" AS ENUM('ministry', 'academy', 'association', 'local-government', 'foreign-government', 'company', 'other');
  CREATE TYPE "public"."enum_organizations_takedown_basis" AS ENUM('copyright', 'image', 'personal_data', 'defamation', 'trademark', 'factual_error', 'other');
  CREATE TYPE "public"."enum_organizations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__organizations_v_version_kind" AS ENUM('ministry', 'academy', 'association', 'local-government', 'foreign-government', 'company', 'other');
  CREATE TYPE "public"."enum__organizations_v_version_takedown_basis" AS ENUM('copyright', 'image', 'personal_data', 'defamation', 'trademark', 'factual_error', 'other');
  CREATE TYPE "public"."enum__organizations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__organizations_v_published_locale" AS ENUM('en', 'zh');
  CREATE TYPE "public"."enum_pages_takedown_basis" AS ENUM('copyright', 'image', 'personal_data', 'defamation', 'trademark', 'factual_error', 'other');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_version_takedown_basis" AS ENUM('copyright', 'image', 'personal_data', 'defamation', 'trademark', 'factual_error', 'other');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('en', 'zh');
  CREATE TYPE "public"."enum_media_takedown_basis" AS ENUM('copyright', 'image', 'personal_data', 'defamation', 'trademark', 'factual_error', 'other');
  CREATE TYPE "public"."enum_contact_requests_urls_target_collection" AS ENUM('editions', 'organizations', 'pages', 'media');
  CREATE TYPE "public"."enum_contact_requests_elements" AS ENUM('text', 'image');
  CREATE TYPE "public"."enum_contact_requests_kind" AS ENUM('enquiry', 'removal');
  CREATE TYPE "public"."enum_contact_requests_status" AS ENUM('unconfirmed', 'received', 'needs_info', 'in_review', 'removed', 'edited', 'declined', 'reinstated', 'withdrawn', 'abusive', 'void', 'answered');
  CREATE TYPE "public"."enum_contact_requests_reasons_ground" AS ENUM('law', 'terms', 'not_established');
  CREATE TYPE "public"."enum_contact_requests_affected_party_language" AS ENUM('en', 'zh');
  CREATE TYPE "public"."enum_contact_requests_language" AS ENUM('en', 'zh');
  CREATE TYPE "public"."enum_contact_requests_relationship" AS ENUM('rights_holder', 'authorized_agent', 'person_concerned', 'other');
  CREATE TYPE "public"."enum_contact_requests_basis" AS ENUM('copyright', 'image', 'personal_data', 'defamation', 'trademark', 'factual_error', 'other');
  CREATE TYPE "public"."enum_contact_requests_requested_action" AS ENUM('remove', 'credit', 'correct');
  CREATE TYPE "public"."enum_takedown_audit_from_status" AS ENUM('unconfirmed', 'received', 'needs_info', 'in_review', 'removed', 'edited', 'declined', 'reinstated', 'withdrawn', 'abusive', 'void', 'answered');
  CREATE TYPE "public"."enum_takedown_audit_to_status" AS ENUM('unconfirmed', 'received', 'needs_info', 'in_review', 'removed', 'edited', 'declined', 'reinstated', 'withdrawn', 'abusive', 'void', 'answered');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'staff');
  CREATE TYPE "public"."enum_exports_format" AS ENUM('csv', 'json');
  CREATE TYPE "public"."enum_exports_sort_order" AS ENUM('asc', 'desc');
  CREATE TYPE "public"."enum_exports_locale" AS ENUM('all', 'en', 'zh');
  CREATE TYPE "public"."enum_exports_drafts" AS ENUM('yes', 'no');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendTakedownMail', 'closeUnanswered', 'overdueDigest', 'anonymiseClosedRequests', 'createCollectionExport', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendTakedownMail', 'closeUnanswered', 'overdueDigest', 'anonymiseClosedRequests', 'createCollectionExport', 'schedulePublish');
  CREATE TYPE "public"."enum_takedown_settings_hide_on_confirmation" AS ENUM('copyright', 'image', 'personal_data', 'defamation', 'trademark', 'factual_error', 'other');
  CREATE TABLE "editions_hosts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"organization_id" integer,
  	"role" "enum_editions_hosts_role" DEFAULT 'co-host'
  );
  
  CREATE TABLE "editions_concurrent_events" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"start_date" timestamp(3) with time zone,
  	"end_date" timestamp(3) with time zone
  );
  
  CREATE TABLE "editions_concurrent_events_locales" (
  	"name" varchar,
  	"location" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "editions_activities" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "editions_activities_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "editions_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"date" timestamp(3) with time zone
  );
  
  CREATE TABLE "editions_sources_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "editions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric,
  	"slug" varchar,
  	"start_date" timestamp(3) with time zone,
  	"end_date" timestamp(3) with time zone,
  	"format" "enum_editions_format" DEFAULT 'offline',
  	"takedown_hidden" boolean DEFAULT false,
  	"takedown_reference" varchar,
  	"takedown_basis" "enum_editions_takedown_basis",
  	"takedown_since" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_editions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "editions_locales" (
  	"title" varchar,
  	"venue" varchar,
  	"city" varchar,
  	"theme" varchar,
  	"annual_theme" varchar,
  	"summary" jsonb,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_editions_v_version_hosts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"organization_id" integer,
  	"role" "enum__editions_v_version_hosts_role" DEFAULT 'co-host',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_editions_v_version_concurrent_events" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"start_date" timestamp(3) with time zone,
  	"end_date" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_editions_v_version_concurrent_events_locales" (
  	"name" varchar,
  	"location" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_editions_v_version_activities" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_editions_v_version_activities_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_editions_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"date" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_editions_v_version_sources_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_editions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_year" numeric,
  	"version_slug" varchar,
  	"version_start_date" timestamp(3) with time zone,
  	"version_end_date" timestamp(3) with time zone,
  	"version_format" "enum__editions_v_version_format" DEFAULT 'offline',
  	"version_takedown_hidden" boolean DEFAULT false,
  	"version_takedown_reference" varchar,
  	"version_takedown_basis" "enum__editions_v_version_takedown_basis",
  	"version_takedown_since" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__editions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__editions_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_editions_v_locales" (
  	"version_title" varchar,
  	"version_venue" varchar,
  	"version_city" varchar,
  	"version_theme" varchar,
  	"version_annual_theme" varchar,
  	"version_summary" jsonb,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "organizations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"kind" "enum_organizations_kind" DEFAULT 'other',
  	"website" varchar,
  	"takedown_hidden" boolean DEFAULT false,
  	"takedown_reference" varchar,
  	"takedown_basis" "enum_organizations_takedown_basis",
  	"takedown_since" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_organizations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "organizations_locales" (
  	"name" varchar,
  	"country" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_organizations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_kind" "enum__organizations_v_version_kind" DEFAULT 'other',
  	"version_website" varchar,
  	"version_takedown_hidden" boolean DEFAULT false,
  	"version_takedown_reference" varchar,
  	"version_takedown_basis" "enum__organizations_v_version_takedown_basis",
  	"version_takedown_since" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__organizations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__organizations_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_organizations_v_locales" (
  	"version_name" varchar,
  	"version_country" varchar,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"takedown_hidden" boolean DEFAULT false,
  	"takedown_reference" varchar,
  	"takedown_basis" "enum_pages_takedown_basis",
  	"takedown_since" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pages_locales" (
  	"title" varchar,
  	"description" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_takedown_hidden" boolean DEFAULT false,
  	"version_takedown_reference" varchar,
  	"version_takedown_basis" "enum__pages_v_version_takedown_basis",
  	"version_takedown_since" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__pages_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_pages_v_locales" (
  	"version_title" varchar,
  	"version_description" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"source" varchar,
  	"takedown_hidden" boolean DEFAULT false,
  	"takedown_reference" varchar,
  	"takedown_basis" "enum_media_takedown_basis",
  	"takedown_since" timestamp(3) with time zone,
  	"prefix" varchar DEFAULT 'media',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_medium_url" varchar,
  	"sizes_medium_width" numeric,
  	"sizes_medium_height" numeric,
  	"sizes_medium_mime_type" varchar,
  	"sizes_medium_filesize" numeric,
  	"sizes_medium_filename" varchar,
  	"sizes_large_url" varchar,
  	"sizes_large_width" numeric,
  	"sizes_large_height" numeric,
  	"sizes_large_mime_type" varchar,
  	"sizes_large_filesize" numeric,
  	"sizes_large_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"credit" varchar,
  	"rights_holder" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "contact_requests_urls" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"title" varchar,
  	"target_collection" "enum_contact_requests_urls_target_collection",
  	"content_id" varchar,
  	"key" varchar
  );
  
  CREATE TABLE "contact_requests_elements" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_contact_requests_elements",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "contact_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_contact_requests_kind" DEFAULT 'enquiry' NOT NULL,
  	"status" "enum_contact_requests_status" NOT NULL,
  	"reference" varchar,
  	"assignee_id" integer,
  	"due_at" timestamp(3) with time zone,
  	"decision_due_at" timestamp(3) with time zone,
  	"info_request" varchar,
  	"info_requested_at" timestamp(3) with time zone,
  	"acknowledged_at" timestamp(3) with time zone,
  	"hidden_at" timestamp(3) with time zone,
  	"anonymised_at" timestamp(3) with time zone,
  	"erasure_requested_at" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"open_rank" numeric,
  	"confirmed_at" timestamp(3) with time zone,
  	"confirmation_token_hash" varchar,
  	"confirmation_expires_at" timestamp(3) with time zone,
  	"sender_fingerprint" varchar,
  	"reasons_scope" varchar,
  	"reasons_facts" varchar,
  	"reasons_ground" "enum_contact_requests_reasons_ground",
  	"reasons_ground_detail" varchar,
  	"reasons_redress" varchar,
  	"affected_party_name" varchar,
  	"affected_party_email" varchar,
  	"affected_party_language" "enum_contact_requests_affected_party_language" DEFAULT 'en',
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"staff_notes" varchar,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"language" "enum_contact_requests_language" DEFAULT 'en',
  	"organization" varchar,
  	"phone" varchar,
  	"postal_address" varchar,
  	"subject" varchar,
  	"message" varchar,
  	"page_url" varchar,
  	"relationship" "enum_contact_requests_relationship",
  	"authority" varchar,
  	"basis" "enum_contact_requests_basis",
  	"original_work" varchar,
  	"original_work_url" varchar,
  	"explanation" varchar,
  	"requested_action" "enum_contact_requests_requested_action",
  	"good_faith" boolean,
  	"accuracy" boolean,
  	"signature" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "counter_notices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar NOT NULL,
  	"notice_id" integer,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"contact" varchar,
  	"material" varchar NOT NULL,
  	"statement" varchar NOT NULL,
  	"evidence" varchar,
  	"good_faith" boolean,
  	"sender_fingerprint" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "takedown_audit" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"request_id" integer,
  	"reference" varchar,
  	"summary" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"actor_id" integer,
  	"actor_label" varchar NOT NULL,
  	"from_status" "enum_takedown_audit_from_status",
  	"to_status" "enum_takedown_audit_to_status" NOT NULL,
  	"reasons" jsonb,
  	"content_hash" varchar,
  	"previous_hash" varchar,
  	"entry_hash" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "takedown_audit_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "takedown_evidence" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"notice_id" integer NOT NULL,
  	"prefix" varchar DEFAULT 'evidence',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "exports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"format" "enum_exports_format" DEFAULT 'csv' NOT NULL,
  	"limit" numeric,
  	"page" numeric DEFAULT 1,
  	"sort" varchar,
  	"sort_order" "enum_exports_sort_order",
  	"locale" "enum_exports_locale" DEFAULT 'all',
  	"drafts" "enum_exports_drafts" DEFAULT 'yes',
  	"collection_slug" varchar DEFAULT 'editions' NOT NULL,
  	"where" jsonb DEFAULT '{}'::jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "exports_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"editions_id" integer,
  	"organizations_id" integer,
  	"pages_id" integer,
  	"media_id" integer,
  	"contact_requests_id" integer,
  	"counter_notices_id" integer,
  	"takedown_audit_id" integer,
  	"takedown_evidence_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "takedown_settings_hide_on_confirmation" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_takedown_settings_hide_on_confirmation",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "takedown_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"time_zone" varchar DEFAULT 'Asia/Shanghai' NOT NULL,
  	"holidays" varchar,
  	"working_weekend_days" varchar,
  	"triage_business_days" numeric DEFAULT 1 NOT NULL,
  	"hidden_decision_business_days" numeric DEFAULT 2 NOT NULL,
  	"decision_business_days" numeric DEFAULT 5 NOT NULL,
  	"needs_info_close_days" numeric DEFAULT 14 NOT NULL,
  	"retention_months" numeric DEFAULT 12 NOT NULL,
  	"confirmation_hours" numeric DEFAULT 48 NOT NULL,
  	"redress" varchar DEFAULT 'You can contest this decision by replying to this email with your reasons and any evidence; a different member of staff will review it. You may also bring the matter before a court or, in the EU, an out-of-court dispute settlement body.' NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "editions_hosts" ADD CONSTRAINT "editions_hosts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "editions_hosts" ADD CONSTRAINT "editions_hosts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "editions_concurrent_events" ADD CONSTRAINT "editions_concurrent_events_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "editions_concurrent_events_locales" ADD CONSTRAINT "editions_concurrent_events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."editions_concurrent_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "editions_activities" ADD CONSTRAINT "editions_activities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "editions_activities_locales" ADD CONSTRAINT "editions_activities_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."editions_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "editions_sources" ADD CONSTRAINT "editions_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "editions_sources_locales" ADD CONSTRAINT "editions_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."editions_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "editions_locales" ADD CONSTRAINT "editions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_editions_v_version_hosts" ADD CONSTRAINT "_editions_v_version_hosts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_editions_v_version_hosts" ADD CONSTRAINT "_editions_v_version_hosts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_editions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_editions_v_version_concurrent_events" ADD CONSTRAINT "_editions_v_version_concurrent_events_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_editions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_editions_v_version_concurrent_events_locales" ADD CONSTRAINT "_editions_v_version_concurrent_events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_editions_v_version_concurrent_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_editions_v_version_activities" ADD CONSTRAINT "_editions_v_version_activities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_editions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_editions_v_version_activities_locales" ADD CONSTRAINT "_editions_v_version_activities_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_editions_v_version_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_editions_v_version_sources" ADD CONSTRAINT "_editions_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_editions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_editions_v_version_sources_locales" ADD CONSTRAINT "_editions_v_version_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_editions_v_version_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_editions_v" ADD CONSTRAINT "_editions_v_parent_id_editions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_editions_v_locales" ADD CONSTRAINT "_editions_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_editions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations_locales" ADD CONSTRAINT "organizations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organizations_v" ADD CONSTRAINT "_organizations_v_parent_id_organizations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organizations_v_locales" ADD CONSTRAINT "_organizations_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organizations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contact_requests_urls" ADD CONSTRAINT "contact_requests_urls_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contact_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contact_requests_elements" ADD CONSTRAINT "contact_requests_elements_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contact_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "counter_notices" ADD CONSTRAINT "counter_notices_notice_id_contact_requests_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."contact_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "takedown_audit" ADD CONSTRAINT "takedown_audit_request_id_contact_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."contact_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "takedown_audit" ADD CONSTRAINT "takedown_audit_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "takedown_audit_texts" ADD CONSTRAINT "takedown_audit_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."takedown_audit"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "takedown_evidence" ADD CONSTRAINT "takedown_evidence_notice_id_contact_requests_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."contact_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exports_texts" ADD CONSTRAINT "exports_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."exports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_editions_fk" FOREIGN KEY ("editions_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contact_requests_fk" FOREIGN KEY ("contact_requests_id") REFERENCES "public"."contact_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_counter_notices_fk" FOREIGN KEY ("counter_notices_id") REFERENCES "public"."counter_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_takedown_audit_fk" FOREIGN KEY ("takedown_audit_id") REFERENCES "public"."takedown_audit"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_takedown_evidence_fk" FOREIGN KEY ("takedown_evidence_id") REFERENCES "public"."takedown_evidence"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "takedown_settings_hide_on_confirmation" ADD CONSTRAINT "takedown_settings_hide_on_confirmation_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."takedown_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "editions_hosts_order_idx" ON "editions_hosts" USING btree ("_order");
  CREATE INDEX "editions_hosts_parent_id_idx" ON "editions_hosts" USING btree ("_parent_id");
  CREATE INDEX "editions_hosts_organization_idx" ON "editions_hosts" USING btree ("organization_id");
  CREATE INDEX "editions_concurrent_events_order_idx" ON "editions_concurrent_events" USING btree ("_order");
  CREATE INDEX "editions_concurrent_events_parent_id_idx" ON "editions_concurrent_events" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "editions_concurrent_events_locales_locale_parent_id_unique" ON "editions_concurrent_events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "editions_concurrent_events_locales_parent_id_idx" ON "editions_concurrent_events_locales" USING btree ("_parent_id");
  CREATE INDEX "editions_activities_order_idx" ON "editions_activities" USING btree ("_order");
  CREATE INDEX "editions_activities_parent_id_idx" ON "editions_activities" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "editions_activities_locales_locale_parent_id_unique" ON "editions_activities_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "editions_activities_locales_parent_id_idx" ON "editions_activities_locales" USING btree ("_parent_id");
  CREATE INDEX "editions_sources_order_idx" ON "editions_sources" USING btree ("_order");
  CREATE INDEX "editions_sources_parent_id_idx" ON "editions_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "editions_sources_locales_locale_parent_id_unique" ON "editions_sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "editions_sources_locales_parent_id_idx" ON "editions_sources_locales" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "editions_year_idx" ON "editions" USING btree ("year");
  CREATE UNIQUE INDEX "editions_slug_idx" ON "editions" USING btree ("slug");
  CREATE INDEX "editions_takedown_takedown_hidden_idx" ON "editions" USING btree ("takedown_hidden");
  CREATE INDEX "editions_updated_at_idx" ON "editions" USING btree ("updated_at");
  CREATE INDEX "editions_created_at_idx" ON "editions" USING btree ("created_at");
  CREATE INDEX "editions__status_idx" ON "editions" USING btree ("_status");
  CREATE UNIQUE INDEX "editions_locales_locale_parent_id_unique" ON "editions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "editions_locales_parent_id_idx" ON "editions_locales" USING btree ("_parent_id");
  CREATE INDEX "_editions_v_version_hosts_order_idx" ON "_editions_v_version_hosts" USING btree ("_order");
  CREATE INDEX "_editions_v_version_hosts_parent_id_idx" ON "_editions_v_version_hosts" USING btree ("_parent_id");
  CREATE INDEX "_editions_v_version_hosts_organization_idx" ON "_editions_v_version_hosts" USING btree ("organization_id");
  CREATE INDEX "_editions_v_version_concurrent_events_order_idx" ON "_editions_v_version_concurrent_events" USING btree ("_order");
  CREATE INDEX "_editions_v_version_concurrent_events_parent_id_idx" ON "_editions_v_version_concurrent_events" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_editions_v_version_concurrent_events_locales_locale_parent_" ON "_editions_v_version_concurrent_events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_editions_v_version_concurrent_events_locales_parent_id_idx" ON "_editions_v_version_concurrent_events_locales" USING btree ("_parent_id");
  CREATE INDEX "_editions_v_version_activities_order_idx" ON "_editions_v_version_activities" USING btree ("_order");
  CREATE INDEX "_editions_v_version_activities_parent_id_idx" ON "_editions_v_version_activities" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_editions_v_version_activities_locales_locale_parent_id_uniq" ON "_editions_v_version_activities_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_editions_v_version_activities_locales_parent_id_idx" ON "_editions_v_version_activities_locales" USING btree ("_parent_id");
  CREATE INDEX "_editions_v_version_sources_order_idx" ON "_editions_v_version_sources" USING btree ("_order");
  CREATE INDEX "_editions_v_version_sources_parent_id_idx" ON "_editions_v_version_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_editions_v_version_sources_locales_locale_parent_id_unique" ON "_editions_v_version_sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_editions_v_version_sources_locales_parent_id_idx" ON "_editions_v_version_sources_locales" USING btree ("_parent_id");
  CREATE INDEX "_editions_v_parent_idx" ON "_editions_v" USING btree ("parent_id");
  CREATE INDEX "_editions_v_version_version_year_idx" ON "_editions_v" USING btree ("version_year");
  CREATE INDEX "_editions_v_version_version_slug_idx" ON "_editions_v" USING btree ("version_slug");
  CREATE INDEX "_editions_v_version_takedown_version_takedown_hidden_idx" ON "_editions_v" USING btree ("version_takedown_hidden");
  CREATE INDEX "_editions_v_version_version_updated_at_idx" ON "_editions_v" USING btree ("version_updated_at");
  CREATE INDEX "_editions_v_version_version_created_at_idx" ON "_editions_v" USING btree ("version_created_at");
  CREATE INDEX "_editions_v_version_version__status_idx" ON "_editions_v" USING btree ("version__status");
  CREATE INDEX "_editions_v_created_at_idx" ON "_editions_v" USING btree ("created_at");
  CREATE INDEX "_editions_v_updated_at_idx" ON "_editions_v" USING btree ("updated_at");
  CREATE INDEX "_editions_v_snapshot_idx" ON "_editions_v" USING btree ("snapshot");
  CREATE INDEX "_editions_v_published_locale_idx" ON "_editions_v" USING btree ("published_locale");
  CREATE INDEX "_editions_v_latest_idx" ON "_editions_v" USING btree ("latest");
  CREATE INDEX "_editions_v_autosave_idx" ON "_editions_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_editions_v_locales_locale_parent_id_unique" ON "_editions_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_editions_v_locales_parent_id_idx" ON "_editions_v_locales" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "organizations_slug_idx" ON "organizations" USING btree ("slug");
  CREATE INDEX "organizations_takedown_takedown_hidden_idx" ON "organizations" USING btree ("takedown_hidden");
  CREATE INDEX "organizations_updated_at_idx" ON "organizations" USING btree ("updated_at");
  CREATE INDEX "organizations_created_at_idx" ON "organizations" USING btree ("created_at");
  CREATE INDEX "organizations__status_idx" ON "organizations" USING btree ("_status");
  CREATE UNIQUE INDEX "organizations_locales_locale_parent_id_unique" ON "organizations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "organizations_locales_parent_id_idx" ON "organizations_locales" USING btree ("_parent_id");
  CREATE INDEX "_organizations_v_parent_idx" ON "_organizations_v" USING btree ("parent_id");
  CREATE INDEX "_organizations_v_version_version_slug_idx" ON "_organizations_v" USING btree ("version_slug");
  CREATE INDEX "_organizations_v_version_takedown_version_takedown_hidde_idx" ON "_organizations_v" USING btree ("version_takedown_hidden");
  CREATE INDEX "_organizations_v_version_version_updated_at_idx" ON "_organizations_v" USING btree ("version_updated_at");
  CREATE INDEX "_organizations_v_version_version_created_at_idx" ON "_organizations_v" USING btree ("version_created_at");
  CREATE INDEX "_organizations_v_version_version__status_idx" ON "_organizations_v" USING btree ("version__status");
  CREATE INDEX "_organizations_v_created_at_idx" ON "_organizations_v" USING btree ("created_at");
  CREATE INDEX "_organizations_v_updated_at_idx" ON "_organizations_v" USING btree ("updated_at");
  CREATE INDEX "_organizations_v_snapshot_idx" ON "_organizations_v" USING btree ("snapshot");
  CREATE INDEX "_organizations_v_published_locale_idx" ON "_organizations_v" USING btree ("published_locale");
  CREATE INDEX "_organizations_v_latest_idx" ON "_organizations_v" USING btree ("latest");
  CREATE INDEX "_organizations_v_autosave_idx" ON "_organizations_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_organizations_v_locales_locale_parent_id_unique" ON "_organizations_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_organizations_v_locales_parent_id_idx" ON "_organizations_v_locales" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_takedown_takedown_hidden_idx" ON "pages" USING btree ("takedown_hidden");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE UNIQUE INDEX "pages_locales_locale_parent_id_unique" ON "pages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_locales_parent_id_idx" ON "pages_locales" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  CREATE INDEX "_pages_v_version_takedown_version_takedown_hidden_idx" ON "_pages_v" USING btree ("version_takedown_hidden");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_snapshot_idx" ON "_pages_v" USING btree ("snapshot");
  CREATE INDEX "_pages_v_published_locale_idx" ON "_pages_v" USING btree ("published_locale");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE INDEX "_pages_v_autosave_idx" ON "_pages_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_pages_v_locales_locale_parent_id_unique" ON "_pages_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_locales_parent_id_idx" ON "_pages_v_locales" USING btree ("_parent_id");
  CREATE INDEX "media_takedown_takedown_hidden_idx" ON "media" USING btree ("takedown_hidden");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_medium_sizes_medium_filename_idx" ON "media" USING btree ("sizes_medium_filename");
  CREATE INDEX "media_sizes_large_sizes_large_filename_idx" ON "media" USING btree ("sizes_large_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_locales_parent_id_idx" ON "media_locales" USING btree ("_parent_id");
  CREATE INDEX "contact_requests_urls_order_idx" ON "contact_requests_urls" USING btree ("_order");
  CREATE INDEX "contact_requests_urls_parent_id_idx" ON "contact_requests_urls" USING btree ("_parent_id");
  CREATE INDEX "contact_requests_urls_key_idx" ON "contact_requests_urls" USING btree ("key");
  CREATE INDEX "contact_requests_elements_order_idx" ON "contact_requests_elements" USING btree ("order");
  CREATE INDEX "contact_requests_elements_parent_idx" ON "contact_requests_elements" USING btree ("parent_id");
  CREATE INDEX "contact_requests_status_idx" ON "contact_requests" USING btree ("status");
  CREATE INDEX "contact_requests_reference_idx" ON "contact_requests" USING btree ("reference");
  CREATE INDEX "contact_requests_assignee_idx" ON "contact_requests" USING btree ("assignee_id");
  CREATE INDEX "contact_requests_due_at_idx" ON "contact_requests" USING btree ("due_at");
  CREATE INDEX "contact_requests_anonymised_at_idx" ON "contact_requests" USING btree ("anonymised_at");
  CREATE INDEX "contact_requests_closed_at_idx" ON "contact_requests" USING btree ("closed_at");
  CREATE INDEX "contact_requests_open_rank_idx" ON "contact_requests" USING btree ("open_rank");
  CREATE INDEX "contact_requests_confirmation_token_hash_idx" ON "contact_requests" USING btree ("confirmation_token_hash");
  CREATE INDEX "contact_requests_decided_by_idx" ON "contact_requests" USING btree ("decided_by_id");
  CREATE INDEX "contact_requests_basis_idx" ON "contact_requests" USING btree ("basis");
  CREATE INDEX "contact_requests_updated_at_idx" ON "contact_requests" USING btree ("updated_at");
  CREATE INDEX "contact_requests_created_at_idx" ON "contact_requests" USING btree ("created_at");
  CREATE INDEX "openRank_dueAt_createdAt_idx" ON "contact_requests" USING btree ("open_rank","due_at","created_at");
  CREATE INDEX "counter_notices_notice_idx" ON "counter_notices" USING btree ("notice_id");
  CREATE INDEX "counter_notices_updated_at_idx" ON "counter_notices" USING btree ("updated_at");
  CREATE INDEX "counter_notices_created_at_idx" ON "counter_notices" USING btree ("created_at");
  CREATE INDEX "takedown_audit_request_idx" ON "takedown_audit" USING btree ("request_id");
  CREATE INDEX "takedown_audit_reference_idx" ON "takedown_audit" USING btree ("reference");
  CREATE INDEX "takedown_audit_actor_idx" ON "takedown_audit" USING btree ("actor_id");
  CREATE INDEX "takedown_audit_updated_at_idx" ON "takedown_audit" USING btree ("updated_at");
  CREATE INDEX "takedown_audit_created_at_idx" ON "takedown_audit" USING btree ("created_at");
  CREATE INDEX "takedown_audit_texts_order_parent" ON "takedown_audit_texts" USING btree ("order","parent_id");
  CREATE INDEX "takedown_evidence_notice_idx" ON "takedown_evidence" USING btree ("notice_id");
  CREATE INDEX "takedown_evidence_updated_at_idx" ON "takedown_evidence" USING btree ("updated_at");
  CREATE INDEX "takedown_evidence_created_at_idx" ON "takedown_evidence" USING btree ("created_at");
  CREATE UNIQUE INDEX "takedown_evidence_filename_idx" ON "takedown_evidence" USING btree ("filename");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "exports_updated_at_idx" ON "exports" USING btree ("updated_at");
  CREATE INDEX "exports_created_at_idx" ON "exports" USING btree ("created_at");
  CREATE UNIQUE INDEX "exports_filename_idx" ON "exports" USING btree ("filename");
  CREATE INDEX "exports_texts_order_parent" ON "exports_texts" USING btree ("order","parent_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_editions_id_idx" ON "payload_locked_documents_rels" USING btree ("editions_id");
  CREATE INDEX "payload_locked_documents_rels_organizations_id_idx" ON "payload_locked_documents_rels" USING btree ("organizations_id");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_contact_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("contact_requests_id");
  CREATE INDEX "payload_locked_documents_rels_counter_notices_id_idx" ON "payload_locked_documents_rels" USING btree ("counter_notices_id");
  CREATE INDEX "payload_locked_documents_rels_takedown_audit_id_idx" ON "payload_locked_documents_rels" USING btree ("takedown_audit_id");
  CREATE INDEX "payload_locked_documents_rels_takedown_evidence_id_idx" ON "payload_locked_documents_rels" USING btree ("takedown_evidence_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "takedown_settings_hide_on_confirmation_order_idx" ON "takedown_settings_hide_on_confirmation" USING btree ("order");
  CREATE INDEX "takedown_settings_hide_on_confirmation_parent_idx" ON "takedown_settings_hide_on_confirmation" USING btree ("parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "editions_hosts" CASCADE;
  DROP TABLE "editions_concurrent_events" CASCADE;
  DROP TABLE "editions_concurrent_events_locales" CASCADE;
  DROP TABLE "editions_activities" CASCADE;
  DROP TABLE "editions_activities_locales" CASCADE;
  DROP TABLE "editions_sources" CASCADE;
  DROP TABLE "editions_sources_locales" CASCADE;
  DROP TABLE "editions" CASCADE;
  DROP TABLE "editions_locales" CASCADE;
  DROP TABLE "_editions_v_version_hosts" CASCADE;
  DROP TABLE "_editions_v_version_concurrent_events" CASCADE;
  DROP TABLE "_editions_v_version_concurrent_events_locales" CASCADE;
  DROP TABLE "_editions_v_version_activities" CASCADE;
  DROP TABLE "_editions_v_version_activities_locales" CASCADE;
  DROP TABLE "_editions_v_version_sources" CASCADE;
  DROP TABLE "_editions_v_version_sources_locales" CASCADE;
  DROP TABLE "_editions_v" CASCADE;
  DROP TABLE "_editions_v_locales" CASCADE;
  DROP TABLE "organizations" CASCADE;
  DROP TABLE "organizations_locales" CASCADE;
  DROP TABLE "_organizations_v" CASCADE;
  DROP TABLE "_organizations_v_locales" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "pages_locales" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "_pages_v_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "contact_requests_urls" CASCADE;
  DROP TABLE "contact_requests_elements" CASCADE;
  DROP TABLE "contact_requests" CASCADE;
  DROP TABLE "counter_notices" CASCADE;
  DROP TABLE "takedown_audit" CASCADE;
  DROP TABLE "takedown_audit_texts" CASCADE;
  DROP TABLE "takedown_evidence" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "exports" CASCADE;
  DROP TABLE "exports_texts" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "takedown_settings_hide_on_confirmation" CASCADE;
  DROP TABLE "takedown_settings" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_editions_hosts_role";
  DROP TYPE "public"."enum_editions_format";
  DROP TYPE "public"."enum_editions_takedown_basis";
  DROP TYPE "public"."enum_editions_status";
  DROP TYPE "public"."enum__editions_v_version_hosts_role";
  DROP TYPE "public"."enum__editions_v_version_format";
  DROP TYPE "public"."enum__editions_v_version_takedown_basis";
  DROP TYPE "public"."enum__editions_v_version_status";
  DROP TYPE "public"."enum__editions_v_published_locale";
  DROP TYPE "public"."enum_organizations_kind";
  DROP TYPE "public"."enum_organizations_takedown_basis";
  DROP TYPE "public"."enum_organizations_status";
  DROP TYPE "public"."enum__organizations_v_version_kind";
  DROP TYPE "public"."enum__organizations_v_version_takedown_basis";
  DROP TYPE "public"."enum__organizations_v_version_status";
  DROP TYPE "public"."enum__organizations_v_published_locale";
  DROP TYPE "public"."enum_pages_takedown_basis";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum__pages_v_version_takedown_basis";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum__pages_v_published_locale";
  DROP TYPE "public"."enum_media_takedown_basis";
  DROP TYPE "public"."enum_contact_requests_urls_target_collection";
  DROP TYPE "public"."enum_contact_requests_elements";
  DROP TYPE "public"."enum_contact_requests_kind";
  DROP TYPE "public"."enum_contact_requests_status";
  DROP TYPE "public"."enum_contact_requests_reasons_ground";
  DROP TYPE "public"."enum_contact_requests_affected_party_language";
  DROP TYPE "public"."enum_contact_requests_language";
  DROP TYPE "public"."enum_contact_requests_relationship";
  DROP TYPE "public"."enum_contact_requests_basis";
  DROP TYPE "public"."enum_contact_requests_requested_action";
  DROP TYPE "public"."enum_takedown_audit_from_status";
  DROP TYPE "public"."enum_takedown_audit_to_status";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_exports_format";
  DROP TYPE "public"."enum_exports_sort_order";
  DROP TYPE "public"."enum_exports_locale";
  DROP TYPE "public"."enum_exports_drafts";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_takedown_settings_hide_on_confirmation";`)
}
