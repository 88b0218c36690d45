SET client_min_messages = warning; DROP EXTENSION IF EXISTS campaign CASCADE; CREATE EXTENSION campaign;
--
-- 53_extension_roles: the roles campaign_admin, campaign_app and
-- campaign_dispatcher are cluster-wide and outlive DROP EXTENSION. CREATE
-- EXTENSION creates them NOLOGIN and marks them with a fixed comment; it
-- reuses a role only when it bears that mark and is still a plain group role
-- (no LOGIN, SUPERUSER or BYPASSRLS), so that a role that happened to exist
-- (a login role, perhaps) never receives the extension's privileges unnoticed.
--
-- Roles are shared by every database of the cluster: the roles this test
-- moves aside are renamed and renamed back, never dropped.
--
\i sql/include/helpers.psql
DROP EXTENSION campaign CASCADE;

-- As CREATE EXTENSION left them.
SELECT rolname, rolcanlogin, rolsuper, rolbypassrls, shobj_description(oid, 'pg_authid') AS comment
  FROM pg_roles WHERE rolname IN ('campaign_admin', 'campaign_app', 'campaign_dispatcher')
 ORDER BY rolname;

-- A login role named campaign_app that was there before: refused, and
-- nothing is created.
ALTER ROLE campaign_app RENAME TO regress_campaign_app_kept;
CREATE ROLE campaign_app LOGIN;
SELECT pg_temp.try('CREATE EXTENSION campaign');
SELECT count(*) AS extensions FROM pg_extension WHERE extname = 'campaign';
-- The same role without LOGIN: still not the extension's.
ALTER ROLE campaign_app NOLOGIN;
SELECT pg_temp.state('CREATE EXTENSION campaign') AS unmarked_nologin;
-- Marked as the hint says: accepted, silently.
COMMENT ON ROLE campaign_app IS 'campaign extension role: CREATE EXTENSION campaign grants its privileges to this role';
SET client_min_messages = notice;
CREATE EXTENSION campaign;
SET client_min_messages = warning;
SELECT has_table_privilege('campaign_app', 'campaign.campaigns', 'UPDATE') AS app_may_update_campaigns;
DROP EXTENSION campaign CASCADE;
DROP SCHEMA campaign;  -- not a member of the extension: its grants would keep the role
DROP ROLE campaign_app;
ALTER ROLE regress_campaign_app_kept RENAME TO campaign_app;

-- A marked role given LOGIN, SUPERUSER or BYPASSRLS since: refused.
ALTER ROLE campaign_dispatcher LOGIN;
SELECT pg_temp.try('CREATE EXTENSION campaign');
ALTER ROLE campaign_dispatcher NOLOGIN;
ALTER ROLE campaign_app BYPASSRLS;
SELECT pg_temp.state('CREATE EXTENSION campaign') AS marked_bypassrls;
ALTER ROLE campaign_app NOBYPASSRLS;
ALTER ROLE campaign_admin SUPERUSER;
SELECT pg_temp.state('CREATE EXTENSION campaign') AS marked_superuser;
ALTER ROLE campaign_admin NOSUPERUSER;
SELECT count(*) AS extensions FROM pg_extension WHERE extname = 'campaign';

-- A missing role is created NOLOGIN and marked.
ALTER ROLE campaign_dispatcher RENAME TO regress_campaign_dispatcher_kept;
SET client_min_messages = notice;
CREATE EXTENSION campaign;
SET client_min_messages = warning;
SELECT rolname, rolcanlogin, shobj_description(oid, 'pg_authid') AS comment
  FROM pg_roles WHERE rolname = 'campaign_dispatcher';
DROP EXTENSION campaign CASCADE;
DROP SCHEMA campaign;
DROP ROLE campaign_dispatcher;
ALTER ROLE regress_campaign_dispatcher_kept RENAME TO campaign_dispatcher;

-- Reinstalling after DROP EXTENSION reuses the three roles, silently.
SET client_min_messages = notice;
CREATE EXTENSION campaign;
SET client_min_messages = warning;
SELECT count(*) AS extension_roles FROM pg_roles
 WHERE rolname IN ('campaign_admin', 'campaign_app', 'campaign_dispatcher')
   AND shobj_description(oid, 'pg_authid') =
       'campaign extension role: CREATE EXTENSION campaign grants its privileges to this role';

DROP EXTENSION campaign CASCADE;
