/*
 * authority.c
 *	  Who may act with the extension's rights: the writers of the bookkeeping
 *	  columns of campaign.campaigns, and the tables the trigger functions
 *	  fire on.
 *
 * The extension's rights are those of the role that owns its tables, the
 * superuser that ran CREATE EXTENSION. Its SECURITY DEFINER functions (tick,
 * claim_messages, the dispatcher's acknowledgements, two triggers) run as
 * that role; activate, cancel and duplicate run as their caller, so that
 * row-level security decides which campaigns a store can reach.
 *
 * Bookkeeping columns (timestamps, counters, cursors, duplicated_from) are
 * written by the extension's own code and by nothing else, and who is writing
 * is decided by the executing role, the way PostgreSQL decides it for its own
 * maintenance work: a write is the extension's when the current user is the
 * owner of campaign.campaigns AND was entered through a user-id switch
 * (InLocalUserIdChange()), that is, through a SECURITY DEFINER function of
 * that owner or through authority_switch_to() below. pg_cron decides its
 * authority the same way: a job belongs to GetUserId(), and pg_cron writes
 * its own metadata after SetUserIdAndSecContext() to the extension's owner,
 * never because a flag says it is inside its own code.
 *
 * What this refuses, and the nesting counter it replaced did not: a session's
 * plain UPDATE, even by a superuser who owns the tables (no switch), and any
 * code that merely runs while the extension is at work, such as a trigger of
 * the platform's own on campaigns fired by the row duplicate() inserts: it
 * runs as the caller, whatever the extension is doing around it. A counter
 * handed the columns to everything inside its region.
 *
 * What it allows beyond the extension's functions: code the owner itself
 * runs through a SECURITY DEFINER function of its own. That role owns the
 * tables and may disable their triggers at will, so the check grants it
 * nothing it does not have, and grants every other role nothing at all. The
 * owner is read from the relation at hand (the relcache keeps it current),
 * not from pg_extension.extowner as pg_cron does: the two are the same role,
 * and the relation needs no catalog scan and no cache of our own.
 *
 * Trigger functions act with the owner's rights (two are SECURITY DEFINER)
 * and read their table by column name, so each may fire only on the table it
 * was written for. No role may execute them (campaign.sql revokes EXECUTE),
 * which stops CREATE TRIGGER by any role but a superuser, since firing a
 * trigger does not check EXECUTE; and each checks tg_relation, which stops a
 * superuser's mistake. The refusal is 42501: the trigger asks for the
 * extension's rights on a table that is not the extension's.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "catalog/pg_class.h"
#include "commands/trigger.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

#include "authority.h"

#define CAMPAIGN_SCHEMA "campaign"

/*
 * Whether the executing role may write bookkeeping columns of
 * campaign.campaigns: the table's owner, entered through a user-id switch.
 */
bool
authority_is_extension(Relation campaigns)
{
	return InLocalUserIdChange() && GetUserId() == campaigns->rd_rel->relowner;
}

/*
 * The owner of campaign.campaigns, for code that runs as its caller and
 * must make one write with the extension's rights.
 */
Oid
authority_campaigns_owner(void)
{
	Oid			relid = get_relname_relid("campaigns",
										  get_namespace_oid(CAMPAIGN_SCHEMA, false));
	HeapTuple	tuple;
	Oid			owner;

	if (!OidIsValid(relid))
		elog(ERROR, "campaign: table campaign.campaigns is missing");
	tuple = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	if (!HeapTupleIsValid(tuple))
		elog(ERROR, "cache lookup failed for relation %u", relid);
	owner = ((Form_pg_class) GETSTRUCT(tuple))->relowner;
	ReleaseSysCache(tuple);
	return owner;
}

/*
 * Act as the owner of the tables for the statements up to
 * authority_switch_back(), as a SECURITY DEFINER function would, and in a
 * security-restricted operation (as an index build runs its expressions), so
 * that nothing run meanwhile can change the session's state. Call it only
 * after the caller's own rights have decided what the statements touch. An
 * error needs no cleanup: aborting the (sub)transaction restores the user.
 */
void
authority_switch_to(Oid owner, AuthoritySwitch *saved)
{
	GetUserIdAndSecContext(&saved->userid, &saved->sec_context);
	SetUserIdAndSecContext(owner, saved->sec_context |
						   SECURITY_LOCAL_USERID_CHANGE | SECURITY_RESTRICTED_OPERATION);
}

void
authority_switch_back(const AuthoritySwitch *saved)
{
	SetUserIdAndSecContext(saved->userid, saved->sec_context);
}

/* Whether a trigger fired on campaign.<table>. */
static bool
fired_on(Relation rel, const char *table)
{
	return strcmp(RelationGetRelationName(rel), table) == 0 &&
		RelationGetNamespace(rel) == get_namespace_oid(CAMPAIGN_SCHEMA, true);
}

/*
 * Refuse (42501) to run a trigger function on a table other than the ones
 * it was written for (a NULL-terminated list of tables of schema campaign).
 * The caller has checked that it was called as a trigger.
 */
void
trigger_require_tables(FunctionCallInfo fcinfo, const char *const *tables)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Relation	rel = trigdata->tg_relation;
	Oid			function = fcinfo->flinfo->fn_oid;
	StringInfoData expected;

	for (int i = 0; tables[i] != NULL; i++)
		if (fired_on(rel, tables[i]))
			return;

	initStringInfo(&expected);
	for (int i = 0; tables[i] != NULL; i++)
		appendStringInfo(&expected, "%s" CAMPAIGN_SCHEMA ".%s", i > 0 ? " or " : "", tables[i]);
	ereport(ERROR,
			(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
			 errmsg("trigger function %s fires only on %s",
					quote_qualified_identifier(get_namespace_name(get_func_namespace(function)),
											   get_func_name(function)),
					expected.data),
			 errdetail("Trigger \"%s\" fired it on table %s.", trigdata->tg_trigger->tgname,
					   quote_qualified_identifier(get_namespace_name(RelationGetNamespace(rel)),
												  RelationGetRelationName(rel))),
			 errhint("Drop that trigger: the extension's trigger functions act with its rights, on its own tables only.")));
}

void
trigger_require_table(FunctionCallInfo fcinfo, const char *table)
{
	const char *const tables[] = {table, NULL};

	trigger_require_tables(fcinfo, tables);
}
