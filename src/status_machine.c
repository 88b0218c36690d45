/*
 * status_machine.c
 *	  The campaign status machine and the triggers that enforce it.
 *
 * docs/reference.md, Statuses and transitions, says which status changes are legal, which columns may
 * change in which status, and what must hold before and happen after each
 * change. All of it is enforced here, in triggers, so that it holds whoever
 * writes: campaign.activate() and campaign.cancel(), the processing code, and
 * a plain "UPDATE campaign.campaigns SET status = ..." from an application or
 * a psql prompt behave alike.
 *
 *	- campaigns_guard (BEFORE INSERT/UPDATE/DELETE on campaigns): the graph,
 *	  the edit lock, the guards, and the bookkeeping that goes with a change
 *	  (timestamps, the audience and trial reservation at processing start, and
 *	  turning a start that fails its preconditions into "failed").
 *	- campaigns_record (AFTER UPDATE OF status): status_history, withdrawing
 *	  pending messages on cancel and failure (those no claim holds; tick
 *	  withdraws what claims leave behind), pg_notify('campaign_status').
 *	- steps_guard: steps change only while their campaign is a draft.
 *	- history_guard: status_history is append-only.
 *
 * Like every trigger they do not fire under session_replication_role =
 * replica, which is how pg_dump restores data and logical replication applies
 * rows.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "commands/async.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/timestamp.h"

#include "authority.h"
#include "engine.h"
#include "rules.h"
#include "spi_util.h"

PG_FUNCTION_INFO_V1(campaign_campaigns_guard);
PG_FUNCTION_INFO_V1(campaign_campaigns_record);
PG_FUNCTION_INFO_V1(campaign_steps_guard);
PG_FUNCTION_INFO_V1(campaign_history_guard);

static const char *const status_names[CAMPAIGN_STATUS_COUNT] = {
	"draft", "scheduled", "processing", "sending", "sent", "failed", "canceled"
};

/*
 * legal_transitions[from][to]: the graph of docs/reference.md, Statuses and transitions, and nothing
 * else. Everything not listed raises 55000.
 */
static const bool legal_transitions[CAMPAIGN_STATUS_COUNT][CAMPAIGN_STATUS_COUNT] = {
	/* draft */
	[CAMPAIGN_DRAFT] = {[CAMPAIGN_SCHEDULED] = true},
	[CAMPAIGN_SCHEDULED] = {[CAMPAIGN_DRAFT] = true,[CAMPAIGN_PROCESSING] = true,
	[CAMPAIGN_FAILED] = true},
	[CAMPAIGN_PROCESSING] = {[CAMPAIGN_SENDING] = true,[CAMPAIGN_SENT] = true,
	[CAMPAIGN_FAILED] = true,[CAMPAIGN_CANCELED] = true},
	[CAMPAIGN_SENDING] = {[CAMPAIGN_SENT] = true,[CAMPAIGN_FAILED] = true,
	[CAMPAIGN_CANCELED] = true},
};

/* Columns a user may edit, and only while the campaign is a draft. */
static const char *const user_editable_columns[] = {
	"name", "send_mode", "send_at", "local_send_at", "late_policy",
	"respect_quiet_hours", "smart_sending", "audience_tags", NULL
};

const char *
campaign_status_name(CampaignStatus status)
{
	return status_names[status];
}

/*
 * Map an enum label to the C status. The labels come from our own enum type,
 * so an unknown one means the type and this file disagree: a bug, not input.
 */
CampaignStatus
campaign_status_from_name(const char *name)
{
	for (int i = 0; i < CAMPAIGN_STATUS_COUNT; i++)
		if (strcmp(status_names[i], name) == 0)
			return (CampaignStatus) i;
	elog(ERROR, "campaign: unknown campaign status \"%s\"", name);
	pg_unreachable();
}

bool
campaign_status_is_final(CampaignStatus status)
{
	return status == CAMPAIGN_SENT || status == CAMPAIGN_FAILED ||
		status == CAMPAIGN_CANCELED;
}

bool
campaign_transition_is_legal(CampaignStatus from, CampaignStatus to)
{
	return legal_transitions[from][to];
}

/* "scheduled, processing or failed": the statuses reachable from one status. */
static char *
legal_targets_text(CampaignStatus from)
{
	StringInfoData buf;
	int			count = 0;
	int			total = 0;

	for (int to = 0; to < CAMPAIGN_STATUS_COUNT; to++)
		total += legal_transitions[from][to] ? 1 : 0;

	initStringInfo(&buf);
	for (int to = 0; to < CAMPAIGN_STATUS_COUNT; to++)
	{
		if (!legal_transitions[from][to])
			continue;
		count++;
		if (count > 1)
			appendStringInfoString(&buf, count == total ? " or " : ", ");
		appendStringInfoString(&buf, status_names[to]);
	}
	return buf.data;
}

/* ----------------------------------------------------------------------
 * Reading and writing columns of a campaign row by name
 * ----------------------------------------------------------------------
 */

typedef struct RowAccess
{
	TupleDesc	tupdesc;
	HeapTuple	tuple;
} RowAccess;

static int
column_number(TupleDesc tupdesc, const char *column)
{
	int			attnum = SPI_fnumber(tupdesc, column);

	if (attnum <= 0)
		elog(ERROR, "campaign: column \"%s\" is missing from campaign.campaigns", column);
	return attnum;
}

static Datum
row_get(RowAccess *row, const char *column, bool *isnull)
{
	return heap_getattr(row->tuple, column_number(row->tupdesc, column),
						row->tupdesc, isnull);
}

static int64
row_get_int64(RowAccess *row, const char *column)
{
	bool		isnull;
	Datum		value = row_get(row, column, &isnull);

	return isnull ? 0 : DatumGetInt64(value);
}

static bool
row_get_bool(RowAccess *row, const char *column)
{
	bool		isnull;
	Datum		value = row_get(row, column, &isnull);

	return isnull ? false : DatumGetBool(value);
}

/* A text column as a C string, or NULL. */
static char *
row_get_cstring(RowAccess *row, const char *column)
{
	bool		isnull;
	Datum		value = row_get(row, column, &isnull);

	return isnull ? NULL : TextDatumGetCString(value);
}

/*
 * A null status in a NEW row: the NOT NULL constraint, checked after the
 * BEFORE triggers, reports it (23502); the triggers let such a row through
 * untouched rather than treat it as a status.
 */
static bool
row_status_is_null(RowAccess *row)
{
	bool		isnull;

	(void) row_get(row, "status", &isnull);
	return isnull;
}

static CampaignStatus
row_get_status(RowAccess *row)
{
	int			attnum = column_number(row->tupdesc, "status");
	char	   *label = SPI_getvalue(row->tuple, row->tupdesc, attnum);

	if (label == NULL)
		elog(ERROR, "campaign: campaign row without a status");
	return campaign_status_from_name(label);
}

/*
 * Pending replacements for columns of the NEW row, applied at once by
 * heap_modify_tuple_by_cols when the trigger returns.
 */
#define MAX_REPLACEMENTS 16

typedef struct RowChanges
{
	int			count;
	int			columns[MAX_REPLACEMENTS];
	Datum		values[MAX_REPLACEMENTS];
	bool		nulls[MAX_REPLACEMENTS];
} RowChanges;

static void
change_column(RowChanges *changes, TupleDesc tupdesc, const char *column,
			  Datum value, bool isnull)
{
	int			attnum = column_number(tupdesc, column);

	for (int i = 0; i < changes->count; i++)
	{
		if (changes->columns[i] == attnum)
		{
			changes->values[i] = value;
			changes->nulls[i] = isnull;
			return;
		}
	}
	if (changes->count >= MAX_REPLACEMENTS)
		elog(ERROR, "campaign: too many column changes in one trigger call");
	changes->columns[changes->count] = attnum;
	changes->values[changes->count] = value;
	changes->nulls[changes->count] = isnull;
	changes->count++;
}

static void
change_status(RowChanges *changes, TupleDesc tupdesc, CampaignStatus status)
{
	int			attnum = column_number(tupdesc, "status");
	Oid			enum_type = TupleDescAttr(tupdesc, attnum - 1)->atttypid;
	Datum		value = DirectFunctionCall2(enum_in,
										   CStringGetDatum(status_names[status]),
										   ObjectIdGetDatum(enum_type));

	change_column(changes, tupdesc, "status", value, false);
}

/* ----------------------------------------------------------------------
 * Column roles: who may change what
 * ----------------------------------------------------------------------
 */

typedef enum ColumnRole
{
	COLUMN_IDENTITY,			/* campaign_id, site_id: never change */
	COLUMN_STATUS,				/* along the graph */
	COLUMN_FAILURE_REASON,		/* together with a move to failed */
	COLUMN_USER,				/* by anyone, in draft only */
	COLUMN_BOOKKEEPING			/* by the extension alone, in every status */
} ColumnRole;

static ColumnRole
column_role(const char *column)
{
	if (strcmp(column, "campaign_id") == 0 || strcmp(column, "site_id") == 0)
		return COLUMN_IDENTITY;
	if (strcmp(column, "status") == 0)
		return COLUMN_STATUS;
	if (strcmp(column, "failure_reason") == 0)
		return COLUMN_FAILURE_REASON;
	for (int i = 0; user_editable_columns[i] != NULL; i++)
		if (strcmp(column, user_editable_columns[i]) == 0)
			return COLUMN_USER;
	return COLUMN_BOOKKEEPING;
}

/*
 * The value a bookkeeping column has when a campaign is created: null, false
 * or zero by type. created_at is the exception, since it may be given.
 */
static bool
bookkeeping_is_initial(Form_pg_attribute attr, Datum value, bool isnull)
{
	if (isnull)
		return true;
	if (strcmp(NameStr(attr->attname), "created_at") == 0)
		return true;
	switch (attr->atttypid)
	{
		case BOOLOID:
			return !DatumGetBool(value);
		case INT8OID:
			return DatumGetInt64(value) == 0;
		case INT4OID:
			return DatumGetInt32(value) == 0;
		default:
			return false;
	}
}

static bool
column_changed(Form_pg_attribute attr, HeapTuple oldtuple, HeapTuple newtuple,
			   TupleDesc tupdesc)
{
	bool		oldnull;
	bool		newnull;
	Datum		oldvalue = heap_getattr(oldtuple, attr->attnum, tupdesc, &oldnull);
	Datum		newvalue = heap_getattr(newtuple, attr->attnum, tupdesc, &newnull);

	if (oldnull || newnull)
		return oldnull != newnull;
	return !datum_image_eq(oldvalue, newvalue, attr->attbyval, attr->attlen);
}

/* The hint for an edit refused by the lock, by the status that locks it. */
static int
edit_lock_hint(int64 campaign_id, CampaignStatus status)
{
	if (status == CAMPAIGN_SCHEDULED)
		return errhint("Cancel it with campaign.cancel(" INT64_FORMAT ") to return it to draft, edit it, and activate it again.",
					   campaign_id);
	if (campaign_status_is_final(status))
		return errhint("A %s campaign is final; use campaign.duplicate(" INT64_FORMAT ") for an editable copy.",
					   status_names[status], campaign_id);
	return errhint("A campaign that is %s can only be canceled; use campaign.duplicate(" INT64_FORMAT ") for an editable copy.",
				   status_names[status], campaign_id);
}

/* ----------------------------------------------------------------------
 * Preconditions
 * ----------------------------------------------------------------------
 */

/*
 * Refuse activation (55000) of a campaign that could not be sent: no step 0,
 * an empty step 0, gaps in the step numbers, or a subscriber_local campaign
 * without its local time. Called for every move to scheduled, so that a
 * direct UPDATE cannot schedule what campaign.activate() would refuse.
 */
static void
check_activation(int64 campaign_id, bool local_mode, bool has_local_send_at)
{
	Oid			argtypes[1] = {INT8OID};
	Datum		values[1] = {Int64GetDatum(campaign_id)};
	int64		step_count;
	int64		max_step;
	bool		has_step0;
	bool		step0_has_text;
	bool		isnull;
	HeapTuple	tuple;
	TupleDesc	tupdesc;

	spi_exec("SELECT count(*), coalesce(max(step_no), -1)::bigint,"
			 "       coalesce(bool_or(step_no = 0), false),"
			 "       coalesce(bool_or(step_no = 0 AND pg_catalog.btrim(body, E' \\t\\r\\n') <> ''), false)"
			 "  FROM campaign.campaign_steps WHERE campaign_id = $1",
			 1, argtypes, values, NULL, false);
	tuple = SPI_tuptable->vals[0];
	tupdesc = SPI_tuptable->tupdesc;
	step_count = DatumGetInt64(SPI_getbinval(tuple, tupdesc, 1, &isnull));
	max_step = DatumGetInt64(SPI_getbinval(tuple, tupdesc, 2, &isnull));
	has_step0 = DatumGetBool(SPI_getbinval(tuple, tupdesc, 3, &isnull));
	step0_has_text = DatumGetBool(SPI_getbinval(tuple, tupdesc, 4, &isnull));

	if (!has_step0)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("campaign " INT64_FORMAT " cannot be activated", campaign_id),
				 errdetail("It has no step 0, the first message."),
				 errhint("Insert its message into campaign.campaign_steps with step_no 0, then activate it again.")));
	if (!step0_has_text)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("campaign " INT64_FORMAT " cannot be activated", campaign_id),
				 errdetail("Step 0 has an empty body."),
				 errhint("Write the message text into the body of step 0, then activate it again.")));
	if (max_step + 1 != step_count)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("campaign " INT64_FORMAT " cannot be activated", campaign_id),
				 errdetail("Its steps are numbered up to %d but there are only " INT64_FORMAT " of them.",
						   (int) max_step, step_count),
				 errhint("Number the steps 0, 1, 2, ... without gaps, then activate it again.")));
	if (local_mode && !has_local_send_at)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("campaign " INT64_FORMAT " cannot be activated", campaign_id),
				 errdetail("A subscriber_local campaign needs local_send_at, the wall-clock time to send at."),
				 errhint("Set local_send_at, then activate it again.")));
}

/* What the failure checks read of a site. */
typedef struct SiteState
{
	bool		is_active;
	bool		sms_enabled;
	bool		has_subdomain;
	bool		is_trial;
	int64		allowance;		/* trial messages left before reservations */
} SiteState;

#define SITE_STATE_SQL \
	"SELECT is_active, sms_enabled," \
	"       coalesce(pg_catalog.btrim(subdomain) <> '', false)," \
	"       plan = 'trial'," \
	"       coalesce(trial_message_limit, 0)::bigint - trial_messages_used::bigint" \
	"  FROM campaign.sites WHERE site_id = $1"

/* Read a site, locking its row when asked; false when there is none. */
static bool
read_site_state(int64 site_id, bool lock, SiteState *site)
{
	Oid			argtypes[1] = {INT8OID};
	Datum		values[1] = {Int64GetDatum(site_id)};
	HeapTuple	tuple;
	TupleDesc	tupdesc;
	bool		isnull;

	if (spi_exec(lock ? SITE_STATE_SQL " FOR NO KEY UPDATE" : SITE_STATE_SQL,
				 1, argtypes, values, NULL, false) == 0)
		return false;
	tuple = SPI_tuptable->vals[0];
	tupdesc = SPI_tuptable->tupdesc;
	site->is_active = DatumGetBool(SPI_getbinval(tuple, tupdesc, 1, &isnull));
	site->sms_enabled = DatumGetBool(SPI_getbinval(tuple, tupdesc, 2, &isnull));
	site->has_subdomain = DatumGetBool(SPI_getbinval(tuple, tupdesc, 3, &isnull));
	site->is_trial = DatumGetBool(SPI_getbinval(tuple, tupdesc, 4, &isnull));
	site->allowance = DatumGetInt64(SPI_getbinval(tuple, tupdesc, 5, &isnull));
	return true;
}

/* The first of the site checks that fails, in docs/reference.md's order; NULL: none. */
static const char *
site_state_failure(const SiteState *site)
{
	if (site == NULL || !site->is_active)
		return "site_inactive";
	if (!site->sms_enabled)
		return "no_sms_subscription";
	if (!site->has_subdomain)
		return "no_subdomain";
	return NULL;
}

/*
 * The first failure reason (docs/reference.md, Statuses and transitions) that holds for a site, or
 * NULL. messages_needed is what must fit into the trial allowance left after
 * the messages already used and the reservations of the site's other running
 * campaigns (exclude_campaign_id is the campaign asking); a negative value
 * skips the trial check. For a trial check the site row is locked (and read
 * again under the lock), so that two campaigns of one trial site starting at
 * once reserve one after the other; other checks only read it.
 */
const char *
site_failure_reason(int64 site_id, int64 messages_needed, int64 exclude_campaign_id)
{
	Oid			argtypes[2] = {INT8OID, INT8OID};
	Datum		values[2] = {Int64GetDatum(site_id), Int64GetDatum(exclude_campaign_id)};
	SiteState	site;
	const char *reason;
	int64		reserved_elsewhere;

	reason = site_state_failure(read_site_state(site_id, false, &site) ? &site : NULL);
	if (reason != NULL || !site.is_trial || messages_needed < 0)
		return reason;

	/*
	 * Only a trial reservation needs the site row's lock, so it is read again
	 * under the lock here. Taking it for every check made each tick batch
	 * hold its site's row to the end of the transaction, so two ticks on two
	 * campaigns of one site waited for each other (specs/10_two_ticks).
	 */
	reason = site_state_failure(read_site_state(site_id, true, &site) ? &site : NULL);
	if (reason != NULL)
		return reason;

	reserved_elsewhere = spi_int64("SELECT coalesce(sum(greatest(trial_reserved - trial_claimed, 0)), 0)::bigint"
								   "  FROM campaign.campaigns"
								   " WHERE site_id = $1 AND campaign_id <> $2"
								   "   AND status IN ('processing', 'sending')",
								   2, argtypes, values, NULL, false, NULL);
	if (messages_needed > site.allowance - reserved_elsewhere)
		return "trial_limit_reached";
	return NULL;
}

/*
 * Subscribers a campaign goes to, counted at processing start: subscribed,
 * joined before that instant, and matching audience_tags when set.
 */
static int64
count_audience(int64 campaign_id, TimestampTz at)
{
	Oid			argtypes[2] = {INT8OID, TIMESTAMPTZOID};
	Datum		values[2] = {Int64GetDatum(campaign_id), TimestampTzGetDatum(at)};

	return spi_int64("SELECT count(*)"
					 "  FROM campaign.campaigns c"
					 "  JOIN campaign.subscribers s ON s.site_id = c.site_id"
					 " WHERE c.campaign_id = $1 AND s.status = 'subscribed'"
					 "   AND s.created_at <= $2"
					 "   AND (c.audience_tags IS NULL OR s.tags OPERATOR(pg_catalog.&&) c.audience_tags)",
					 2, argtypes, values, NULL, false, NULL);
}

static int64
count_steps(int64 campaign_id)
{
	Oid			argtypes[1] = {INT8OID};
	Datum		values[1] = {Int64GetDatum(campaign_id)};

	return spi_int64("SELECT count(*) FROM campaign.campaign_steps WHERE campaign_id = $1",
					 1, argtypes, values, NULL, false, NULL);
}

/* Messages of a campaign still in our hands: pending, or with a dispatcher. */
static void
count_open_messages(int64 campaign_id, int64 *pending, int64 *dispatching)
{
	Oid			argtypes[1] = {INT8OID};
	Datum		values[1] = {Int64GetDatum(campaign_id)};
	bool		isnull;

	spi_exec("SELECT count(*) FILTER (WHERE status = 'pending'),"
			 "       count(*) FILTER (WHERE status = 'dispatching')"
			 "  FROM campaign.messages"
			 " WHERE campaign_id = $1 AND status IN ('pending', 'dispatching')",
			 1, argtypes, values, NULL, false);
	*pending = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	*dispatching = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &isnull));
}

/* ----------------------------------------------------------------------
 * campaigns_guard: BEFORE INSERT OR UPDATE OR DELETE ON campaign.campaigns
 * ----------------------------------------------------------------------
 */

static HeapTuple
guard_insert(Relation rel, HeapTuple newtuple)
{
	TupleDesc	tupdesc = RelationGetDescr(rel);
	RowAccess	row = {tupdesc, newtuple};
	CampaignStatus status;

	if (row_status_is_null(&row))
		return newtuple;
	status = row_get_status(&row);
	if (status != CAMPAIGN_DRAFT)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("a campaign must be created as draft"),
				 errdetail("The new row has status %s.", status_names[status]),
				 errhint("Insert it as draft, add its steps, and call campaign.activate().")));

	for (int i = 0; i < tupdesc->natts; i++)
	{
		Form_pg_attribute attr = TupleDescAttr(tupdesc, i);
		const char *column = NameStr(attr->attname);
		ColumnRole	role;
		bool		isnull;
		Datum		value;

		if (attr->attisdropped)
			continue;
		role = column_role(column);
		if (role != COLUMN_BOOKKEEPING && role != COLUMN_FAILURE_REASON)
			continue;
		value = heap_getattr(newtuple, attr->attnum, tupdesc, &isnull);
		if (!bookkeeping_is_initial(attr, value, isnull) && !authority_is_extension(rel))
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("column \"%s\" of campaign.campaigns is written by the extension", column),
					 errdetail("A new campaign starts with no %s.", column),
					 errhint("Leave the column out of the INSERT.")));
	}
	return newtuple;
}

static HeapTuple
guard_delete(Relation rel, HeapTuple oldtuple)
{
	RowAccess	row = {RelationGetDescr(rel), oldtuple};
	CampaignStatus status = row_get_status(&row);
	int64		campaign_id = row_get_int64(&row, "campaign_id");

	if (status == CAMPAIGN_DRAFT)
		return oldtuple;

	ereport(ERROR,
			(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
			 errmsg("campaign " INT64_FORMAT " cannot be deleted while %s",
					campaign_id, status_names[status]),
			 errdetail("Only draft campaigns can be deleted."),
			 status == CAMPAIGN_SCHEDULED ?
			 errhint("Cancel it with campaign.cancel(" INT64_FORMAT ") to return it to draft first.", campaign_id) :
			 campaign_status_is_final(status) ?
			 errhint("A %s campaign is kept as the record of what was sent.", status_names[status]) :
			 errhint("Cancel it with campaign.cancel(" INT64_FORMAT ") to stop it; it is then kept as a record.", campaign_id)));
	return NULL;				/* keep compiler quiet */
}

/* Refuse a status change that is not an edge of the graph. */
static void
check_transition(int64 campaign_id, CampaignStatus from, CampaignStatus to)
{
	if (campaign_transition_is_legal(from, to))
		return;

	if (campaign_status_is_final(from))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("campaign " INT64_FORMAT " cannot move from %s to %s",
						campaign_id, status_names[from], status_names[to]),
				 errdetail("Campaign " INT64_FORMAT " is %s, which is final.",
						   campaign_id, status_names[from]),
				 errhint("Use campaign.duplicate(" INT64_FORMAT ") to send it again.", campaign_id)));
	ereport(ERROR,
			(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
			 errmsg("campaign " INT64_FORMAT " cannot move from %s to %s",
					campaign_id, status_names[from], status_names[to]),
			 errdetail("Campaign " INT64_FORMAT " is %s.", campaign_id, status_names[from]),
			 errhint("From %s a campaign can move to %s.",
					 status_names[from], legal_targets_text(from))));
}

/*
 * The edit lock: compare every column of OLD and NEW and refuse what the
 * caller may not change in this status. Bookkeeping columns change only when
 * the executing role is the extension's (authority.c).
 */
static void
check_column_changes(Relation rel, HeapTuple oldtuple, HeapTuple newtuple,
					 int64 campaign_id, CampaignStatus from, CampaignStatus to)
{
	TupleDesc	tupdesc = RelationGetDescr(rel);

	for (int i = 0; i < tupdesc->natts; i++)
	{
		Form_pg_attribute attr = TupleDescAttr(tupdesc, i);
		const char *column = NameStr(attr->attname);

		if (attr->attisdropped || !column_changed(attr, oldtuple, newtuple, tupdesc))
			continue;

		switch (column_role(column))
		{
			case COLUMN_STATUS:
				break;
			case COLUMN_IDENTITY:
				ereport(ERROR,
						(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
						 errmsg("column \"%s\" of campaign " INT64_FORMAT " cannot change",
								column, campaign_id),
						 errdetail("A campaign keeps its id and its site for life."),
						 errhint("Use campaign.duplicate(" INT64_FORMAT ") and change the copy.", campaign_id)));
				break;
			case COLUMN_FAILURE_REASON:
				if ((to == CAMPAIGN_FAILED && from != CAMPAIGN_FAILED) || authority_is_extension(rel))
					break;
				ereport(ERROR,
						(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
						 errmsg("failure_reason of campaign " INT64_FORMAT " can change only together with a move to failed",
								campaign_id),
						 errdetail("Campaign " INT64_FORMAT " is %s.", campaign_id, status_names[from]),
						 errhint("Set status = 'failed' and failure_reason in the same UPDATE.")));
				break;
			case COLUMN_USER:
				if (from == CAMPAIGN_DRAFT)
					break;
				ereport(ERROR,
						(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
						 errmsg("campaign " INT64_FORMAT " cannot be edited while %s",
								campaign_id, status_names[from]),
						 errdetail("Column \"%s\" may change only while the campaign is a draft.", column),
						 edit_lock_hint(campaign_id, from)));
				break;
			case COLUMN_BOOKKEEPING:
				if (authority_is_extension(rel))
					break;
				ereport(ERROR,
						(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
						 errmsg("column \"%s\" of campaign " INT64_FORMAT " is written by the extension",
								column, campaign_id),
						 errdetail("Timestamps, counters and cursors are the extension's bookkeeping."),
						 errhint("Change the status instead; the extension records what follows.")));
				break;
		}
	}
}

/*
 * The guards and bookkeeping of one legal status change. May turn a start
 * (scheduled -> processing) into a failure when a precondition does not hold.
 */
static void
apply_transition(RowAccess *newrow, RowChanges *changes, int64 campaign_id,
				 CampaignStatus from, CampaignStatus *to)
{
	TupleDesc	tupdesc = newrow->tupdesc;
	TimestampTz now = campaign_current_time();
	Datum		now_datum = TimestampTzGetDatum(now);
	bool		isnull;

	switch (*to)
	{
		case CAMPAIGN_SCHEDULED:
			{
				/* null fails the NOT NULL constraint after this trigger */
				char	   *send_mode = row_get_cstring(newrow, "send_mode");
				bool		local_mode = send_mode != NULL &&
					strcmp(send_mode, "subscriber_local") == 0;
				Datum		local_send_at = row_get(newrow, "local_send_at", &isnull);
				TimestampTz start;

				check_activation(campaign_id, local_mode, !isnull);
				if (local_mode)
				{
					/*
					 * The wall-clock time is first reached where clocks are
					 * furthest ahead, UTC+14: start processing then, so that
					 * no zone is late. timestamp and timestamptz count the
					 * same microseconds, read as UTC for the subtraction.
					 */
					start = DatumGetTimestamp(local_send_at);
					if (!TIMESTAMP_NOT_FINITE(start))
						start -= 14 * USECS_PER_HOUR;
				}
				else
				{
					Datum		send_at = row_get(newrow, "send_at", &isnull);

					start = isnull ? now : DatumGetTimestampTz(send_at);
				}
				if (TIMESTAMP_NOT_FINITE(start) &&
					!(TIMESTAMP_IS_NOBEGIN(start) && !local_mode))
					ereport(ERROR,
							(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
							 errmsg("campaign " INT64_FORMAT " cannot be activated", campaign_id),
							 errdetail("Its send time is infinite."),
							 errhint("Set a finite %s, then activate it again.",
									 local_mode ? "local_send_at" : "send_at")));
				if (start < now)
					start = now;
				change_column(changes, tupdesc, "send_at", TimestampTzGetDatum(start), false);
				change_column(changes, tupdesc, "activated_at", now_datum, false);
				break;
			}
		case CAMPAIGN_DRAFT:
			change_column(changes, tupdesc, "activated_at", (Datum) 0, true);
			break;
		case CAMPAIGN_PROCESSING:
			{
				int64		site_id = row_get_int64(newrow, "site_id");
				int64		audience = count_audience(campaign_id, now);
				int64		steps = count_steps(campaign_id);
				const char *reason = site_failure_reason(site_id, audience * steps, campaign_id);

				if (reason != NULL)
				{
					*to = CAMPAIGN_FAILED;
					change_status(changes, tupdesc, CAMPAIGN_FAILED);
					change_column(changes, tupdesc, "failure_reason",
								  CStringGetTextDatum(reason), false);
					change_column(changes, tupdesc, "finished_at", now_datum, false);
					break;
				}
				change_column(changes, tupdesc, "started_at", now_datum, false);
				change_column(changes, tupdesc, "audience_count", Int64GetDatum(audience), false);
				change_column(changes, tupdesc, "audience_processed", Int64GetDatum(0), false);
				change_column(changes, tupdesc, "audience_cursor", (Datum) 0, true);
				change_column(changes, tupdesc, "audience_done", BoolGetDatum(false), false);
				change_column(changes, tupdesc, "trial_reserved",
							  Int64GetDatum(audience * steps), false);
				change_column(changes, tupdesc, "trial_claimed", Int64GetDatum(0), false);
				break;
			}
		case CAMPAIGN_SENDING:
		case CAMPAIGN_SENT:
			if (from == CAMPAIGN_PROCESSING && !row_get_bool(newrow, "audience_done"))
				ereport(ERROR,
						(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
						 errmsg("campaign " INT64_FORMAT " cannot move to %s before every subscriber is processed",
								campaign_id, status_names[*to]),
						 errdetail(INT64_FORMAT " of " INT64_FORMAT " subscribers processed.",
								   row_get_int64(newrow, "audience_processed"),
								   row_get_int64(newrow, "audience_count")),
						 errhint("campaign.tick() moves it on when processing is done.")));
			if (from == CAMPAIGN_PROCESSING)
				change_column(changes, tupdesc, "processed_at", now_datum, false);
			if (*to == CAMPAIGN_SENT)
			{
				int64		pending;
				int64		dispatching;

				count_open_messages(campaign_id, &pending, &dispatching);
				if (pending + dispatching > 0)
					ereport(ERROR,
							(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
							 errmsg("campaign " INT64_FORMAT " cannot move to sent while messages remain",
									campaign_id),
							 errdetail(INT64_FORMAT " messages are pending and " INT64_FORMAT " are with a dispatcher.",
									   pending, dispatching),
							 errhint("campaign.tick() moves it to sent when every message is dispatched, skipped, canceled or failed.")));
			}
			break;
		case CAMPAIGN_FAILED:
			{
				char	   *reason = row_get_cstring(newrow, "failure_reason");

				if (reason == NULL || reason[strspn(reason, " \t\r\n")] == '\0')
					ereport(ERROR,
							(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
							 errmsg("campaign " INT64_FORMAT " cannot move to failed without a failure_reason",
									campaign_id),
							 errdetail("Campaign " INT64_FORMAT " is %s.", campaign_id, status_names[from]),
							 errhint("Set failure_reason in the same UPDATE, for example 'site_inactive'.")));
				break;
			}
		case CAMPAIGN_CANCELED:
			break;
	}

	if (campaign_status_is_final(*to))
	{
		change_column(changes, tupdesc, "finished_at", now_datum, false);
		/* the unused part of a trial reservation goes back to the site */
		change_column(changes, tupdesc, "trial_reserved",
					  Int64GetDatum(row_get_int64(newrow, "trial_claimed")), false);
		/* until campaign.tick() sees every message settled (withdraw_pending_messages) */
		if (*to != CAMPAIGN_SENT)
			change_column(changes, tupdesc, "withdrawal_open", BoolGetDatum(true), false);
	}
}

static HeapTuple
guard_update(Relation rel, HeapTuple oldtuple, HeapTuple newtuple)
{
	TupleDesc	tupdesc = RelationGetDescr(rel);
	RowAccess	oldrow = {tupdesc, oldtuple};
	RowAccess	newrow = {tupdesc, newtuple};
	int64		campaign_id = row_get_int64(&oldrow, "campaign_id");
	CampaignStatus from = row_get_status(&oldrow);
	CampaignStatus to;
	RowChanges	changes = {0};
	MemoryContext caller_context = CurrentMemoryContext;
	AuthoritySwitch caller;
	HeapTuple	result;

	if (row_status_is_null(&newrow))
		return newtuple;
	to = row_get_status(&newrow);
	if (from != to)
		check_transition(campaign_id, from, to);
	check_column_changes(rel, oldtuple, newtuple, campaign_id, from, to);

	if (from == to)
		return newtuple;

	/*
	 * The caller may make this change. Checking whether the campaign may
	 * start locks its site row and counts its audience and the site's other
	 * reservations, which a campaign_app caller may not lock: that is done
	 * with the extension's rights.
	 */
	authority_switch_to(rel->rd_rel->relowner, &caller);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "campaign: SPI_connect failed");
	apply_transition(&newrow, &changes, campaign_id, from, &to);

	/* build the new row in the executor's context, not SPI's */
	MemoryContextSwitchTo(caller_context);
	{
		Datum		values[MAX_REPLACEMENTS];

		for (int i = 0; i < changes.count; i++)
		{
			Form_pg_attribute attr = TupleDescAttr(tupdesc, changes.columns[i] - 1);

			values[i] = changes.nulls[i] ? (Datum) 0 :
				datumCopy(changes.values[i], attr->attbyval, attr->attlen);
		}
		result = heap_modify_tuple_by_cols(newtuple, tupdesc, changes.count,
										   changes.columns, values, changes.nulls);
	}
	SPI_finish();
	authority_switch_back(&caller);
	return result;
}

/*
 * BEFORE INSERT OR UPDATE OR DELETE ON campaign.campaigns, FOR EACH ROW.
 */
Datum
campaign_campaigns_guard(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo) ||
		!TRIGGER_FIRED_BEFORE(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event))
		elog(ERROR, "campaign_campaigns_guard: must be fired BEFORE, FOR EACH ROW");
	trigger_require_table(fcinfo, "campaigns");

	if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
		return PointerGetDatum(guard_insert(trigdata->tg_relation, trigdata->tg_trigtuple));
	if (TRIGGER_FIRED_BY_DELETE(trigdata->tg_event))
		return PointerGetDatum(guard_delete(trigdata->tg_relation, trigdata->tg_trigtuple));
	return PointerGetDatum(guard_update(trigdata->tg_relation, trigdata->tg_trigtuple,
										trigdata->tg_newtuple));
}

/* ----------------------------------------------------------------------
 * Withdrawing the messages of a campaign that ended
 * ----------------------------------------------------------------------
 */

static SPIPlanPtr withdraw_plan = NULL;

/*
 * Cancel the pending messages of a campaign that was canceled or failed, with
 * its reason (campaign_canceled or campaign_failed), and return how many.
 *
 * Only the queue rows no other transaction holds are taken (SKIP LOCKED): a
 * campaign often ends while claims are at work on it (a claim fails it on
 * the trial allowance while another claim of the same campaign waits for the
 * site row; a tick fails it while a claim that holds some of its messages
 * waits for the campaign row), and waiting here for a claim's rows, while
 * holding the campaign row, deadlocked. A message a claim holds is decided by
 * that claim: handed out, or canceled when the claim sees the campaign ended,
 * or left pending (moved to a later instant, or the claim rolled back). What
 * is left pending is withdrawn later, by the next claim that takes it (a
 * claim cancels a message of a campaign that ended) or by campaign.tick(),
 * which calls this again for every campaign whose withdrawal_open is set
 * (processing.c, the phase withdraw).
 */
uint64
withdraw_pending_messages(int64 campaign_id, CampaignStatus ended_as)
{
	Oid			argtypes[2] = {INT8OID, TEXTOID};
	Datum		values[2];

	values[0] = Int64GetDatum(campaign_id);
	values[1] = CStringGetTextDatum(ended_as == CAMPAIGN_FAILED ? "campaign_failed" : "campaign_canceled");
	return spi_exec_cached(&withdraw_plan,
						   "WITH w AS ("
						   "  DELETE FROM campaign.message_queue q"
						   "   USING (SELECT message_id FROM campaign.message_queue"
						   "           WHERE campaign_id = $1 FOR UPDATE SKIP LOCKED) l"
						   "   WHERE q.message_id = l.message_id"
						   "  RETURNING q.message_id)"
						   " UPDATE campaign.messages m SET status = 'canceled', skip_reason = $2"
						   "   FROM w"
						   "  WHERE m.message_id = w.message_id AND m.status = 'pending'",
						   2, argtypes, values, NULL, false);
}

/* ----------------------------------------------------------------------
 * campaigns_record: AFTER UPDATE OF status ON campaign.campaigns
 * ----------------------------------------------------------------------
 */

/*
 * The effects of a status change that must follow it in the same transaction:
 * its history row, the withdrawal of pending messages when a campaign is
 * canceled or fails (withdraw_pending_messages: those no claim holds), and a
 * notification for listeners.
 */
Datum
campaign_campaigns_record(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	TupleDesc	tupdesc;
	RowAccess	oldrow;
	RowAccess	newrow;
	int64		campaign_id;
	int64		site_id;
	CampaignStatus from;
	CampaignStatus to;
	char	   *reason;
	const char *changed_by;
	int64		history_id;
	bool		isnull;
	char		payload[64];

	if (!CALLED_AS_TRIGGER(fcinfo) ||
		!TRIGGER_FIRED_AFTER(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) ||
		!TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
		elog(ERROR, "campaign_campaigns_record: must be fired AFTER UPDATE, FOR EACH ROW");
	trigger_require_table(fcinfo, "campaigns");

	tupdesc = RelationGetDescr(trigdata->tg_relation);
	oldrow = (RowAccess) {tupdesc, trigdata->tg_trigtuple};
	newrow = (RowAccess) {tupdesc, trigdata->tg_newtuple};
	from = row_get_status(&oldrow);
	to = row_get_status(&newrow);
	if (from == to)
		return PointerGetDatum(NULL);

	campaign_id = row_get_int64(&newrow, "campaign_id");
	site_id = row_get_int64(&newrow, "site_id");
	reason = (to == CAMPAIGN_FAILED) ? row_get_cstring(&newrow, "failure_reason") : NULL;
	/* the role the caller acts as, not the owner of this SECURITY DEFINER function */
	changed_by = GetUserNameFromId(GetOuterUserId(), false);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "campaign: SPI_connect failed");

	{
		Oid			argtypes[7] = {INT8OID, INT8OID, TEXTOID, TEXTOID, TIMESTAMPTZOID, NAMEOID, TEXTOID};
		Datum		values[7];
		char		nulls[7] = {' ', ' ', ' ', ' ', ' ', ' ', ' '};

		values[0] = Int64GetDatum(campaign_id);
		values[1] = Int64GetDatum(site_id);
		values[2] = CStringGetTextDatum(status_names[from]);
		values[3] = CStringGetTextDatum(status_names[to]);
		values[4] = TimestampTzGetDatum(campaign_current_time());
		values[5] = DirectFunctionCall1(namein, CStringGetDatum(changed_by));
		values[6] = reason ? CStringGetTextDatum(reason) : (Datum) 0;
		if (reason == NULL)
			nulls[6] = 'n';
		history_id = spi_int64("INSERT INTO campaign.status_history"
							   " (campaign_id, site_id, from_status, to_status, changed_at, changed_by, reason)"
							   " VALUES ($1, $2, $3::campaign.campaign_status, $4::campaign.campaign_status, $5, $6, $7)"
							   " RETURNING history_id",
							   7, argtypes, values, nulls, false, &isnull);
	}

	if (to == CAMPAIGN_CANCELED || to == CAMPAIGN_FAILED)
		(void) withdraw_pending_messages(campaign_id, to);

	SPI_finish();

	/*
	 * Any role that can connect may LISTEN on any channel, so the payload
	 * carries only the key of the history row, which row-level security lets
	 * only the campaign's site and campaign_admin read (README, "Security").
	 */
	snprintf(payload, sizeof(payload), "{\"history_id\": " INT64_FORMAT "}", history_id);
	Async_Notify("campaign_status", payload);

	return PointerGetDatum(NULL);
}

/* ----------------------------------------------------------------------
 * steps_guard and history_guard
 * ----------------------------------------------------------------------
 */

/*
 * Refuse a change to the steps of a campaign that is not a draft. The parent
 * row is read FOR SHARE: an activation running at the same moment either
 * commits first (and this then sees "scheduled") or waits for this change
 * (and then sees the steps as this transaction leaves them).
 */
static int64
check_steps_editable(int64 campaign_id, bool parent_required)
{
	Oid			argtypes[1] = {INT8OID};
	Datum		values[1] = {Int64GetDatum(campaign_id)};
	char	   *status_label;
	CampaignStatus status;
	bool		isnull;
	int64		site_id;

	if (spi_exec("SELECT status::text, site_id FROM campaign.campaigns WHERE campaign_id = $1 FOR SHARE",
				 1, argtypes, values, NULL, false) == 0)
	{
		/*
		 * No parent visible: a cascade is deleting it, or, for a new step,
		 * it does not exist or belongs to another site (row-level security).
		 */
		if (parent_required)
			ereport(ERROR,
					(errcode(ERRCODE_NO_DATA_FOUND),
					 errmsg("campaign " INT64_FORMAT " does not exist", campaign_id)));
		return 0;
	}

	status_label = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
	site_id = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &isnull));
	status = campaign_status_from_name(status_label);
	if (status == CAMPAIGN_DRAFT)
		return site_id;

	ereport(ERROR,
			(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
			 errmsg("steps of campaign " INT64_FORMAT " cannot change while it is %s",
					campaign_id, status_names[status]),
			 errdetail("Steps may change only while their campaign is a draft."),
			 edit_lock_hint(campaign_id, status)));
	return 0;					/* keep compiler quiet */
}

/*
 * BEFORE INSERT OR UPDATE OR DELETE ON campaign.campaign_steps: the edit
 * lock of steps, and site_id copied from the campaign.
 */
Datum
campaign_steps_guard(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	TupleDesc	tupdesc;
	HeapTuple	result;
	int			campaign_attnum;
	int			site_attnum;
	bool		isnull;
	int64		site_id;

	if (!CALLED_AS_TRIGGER(fcinfo) ||
		!TRIGGER_FIRED_BEFORE(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event))
		elog(ERROR, "campaign_steps_guard: must be fired BEFORE, FOR EACH ROW");
	trigger_require_table(fcinfo, "campaign_steps");

	tupdesc = RelationGetDescr(trigdata->tg_relation);
	campaign_attnum = SPI_fnumber(tupdesc, "campaign_id");
	site_attnum = SPI_fnumber(tupdesc, "site_id");
	if (campaign_attnum <= 0 || site_attnum <= 0)
		elog(ERROR, "campaign: columns campaign_id and site_id are missing from campaign.campaign_steps");

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "campaign: SPI_connect failed");

	if (TRIGGER_FIRED_BY_DELETE(trigdata->tg_event))
	{
		(void) check_steps_editable(DatumGetInt64(heap_getattr(trigdata->tg_trigtuple, campaign_attnum,
															   tupdesc, &isnull)), false);
		SPI_finish();
		return PointerGetDatum(trigdata->tg_trigtuple);
	}

	/* the old parent for UPDATE, then the new one for INSERT and UPDATE */
	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
	{
		(void) check_steps_editable(DatumGetInt64(heap_getattr(trigdata->tg_trigtuple, campaign_attnum,
															   tupdesc, &isnull)), false);
		result = trigdata->tg_newtuple;
	}
	else
		result = trigdata->tg_trigtuple;
	site_id = check_steps_editable(DatumGetInt64(heap_getattr(result, campaign_attnum, tupdesc, &isnull)),
								   true);
	SPI_finish();

	{
		int			columns[1] = {site_attnum};
		Datum		values[1] = {Int64GetDatum(site_id)};
		bool		nulls[1] = {false};

		return PointerGetDatum(heap_modify_tuple_by_cols(result, tupdesc, 1, columns, values, nulls));
	}
}

/*
 * status_history is the record of what happened: rows are appended by
 * campaigns_record and never changed or removed.
 */
Datum
campaign_history_guard(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	const char *operation;

	if (!CALLED_AS_TRIGGER(fcinfo))
		elog(ERROR, "campaign_history_guard: not called by trigger manager");
	trigger_require_table(fcinfo, "status_history");

	if (TRIGGER_FIRED_BY_TRUNCATE(trigdata->tg_event))
		operation = "truncated";
	else if (TRIGGER_FIRED_BY_DELETE(trigdata->tg_event))
		operation = "deleted";
	else
		operation = "updated";

	ereport(ERROR,
			(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
			 errmsg("campaign.status_history is append-only"),
			 errdetail("Its rows cannot be %s.", operation),
			 errhint("Status changes are recorded by changing the campaign's status.")));
	PG_RETURN_NULL();
}
