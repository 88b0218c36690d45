/*
 * lifecycle.c
 *	  campaign.activate(), campaign.cancel() and campaign.duplicate().
 *
 * These are the state changes a store owner asks for. They lock the campaign
 * row, explain a refusal in the owner's terms (what the campaign is, what to
 * do instead), and then change the status with a plain UPDATE, so that the
 * triggers of status_machine.c do the guarding and the side effects exactly as
 * they do for a direct UPDATE from application code.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/timestamp.h"

#include "authority.h"
#include "rules.h"
#include "spi_util.h"

PG_FUNCTION_INFO_V1(campaign_activate);
PG_FUNCTION_INFO_V1(campaign_cancel);
PG_FUNCTION_INFO_V1(campaign_duplicate);

/*
 * The id argument of every function here: a null id is a bad parameter, not
 * an unknown campaign, and is refused before anything is read.
 */
static int64
required_campaign_id(FunctionCallInfo fcinfo)
{
	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("campaign_id must not be null")));
	return PG_GETARG_INT64(0);
}

/*
 * Lock the campaign row and return its status. Unknown ids, and campaigns the
 * caller cannot see (another site's, under row-level security), are P0002.
 */
static CampaignStatus
lock_campaign(int64 campaign_id)
{
	Oid			argtypes[1] = {INT8OID};
	Datum		values[1] = {Int64GetDatum(campaign_id)};

	if (spi_exec("SELECT status::text FROM campaign.campaigns WHERE campaign_id = $1 FOR UPDATE",
				 1, argtypes, values, NULL, false) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_NO_DATA_FOUND),
				 errmsg("campaign " INT64_FORMAT " does not exist", campaign_id)));
	return campaign_status_from_name(SPI_getvalue(SPI_tuptable->vals[0],
												  SPI_tuptable->tupdesc, 1));
}

/*
 * campaign.activate(campaign_id, send_at default null): draft -> scheduled.
 *
 * The send time of an at_time campaign becomes coalesce(argument, column,
 * now), and a time in the past means now; the trigger applies that rule and
 * refuses a campaign that could not be sent (no step 0, empty body, gaps,
 * subscriber_local without local_send_at).
 */
Datum
campaign_activate(PG_FUNCTION_ARGS)
{
	int64		campaign_id = required_campaign_id(fcinfo);
	CampaignStatus status;
	Oid			argtypes[2] = {INT8OID, TIMESTAMPTZOID};
	Datum		values[2];
	char		nulls[2] = {' ', ' '};
	bool		isnull;
	Datum		result;

	values[0] = Int64GetDatum(campaign_id);
	values[1] = PG_ARGISNULL(1) ? (Datum) 0 : PG_GETARG_DATUM(1);
	if (PG_ARGISNULL(1))
		nulls[1] = 'n';
	else if (TIMESTAMP_NOT_FINITE(PG_GETARG_TIMESTAMPTZ(1)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("send_at must be a finite time"),
				 errhint("Pass null to send at the campaign's own send_at, or now.")));

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "campaign: SPI_connect failed");

	status = lock_campaign(campaign_id);
	if (status != CAMPAIGN_DRAFT)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("campaign " INT64_FORMAT " cannot be activated", campaign_id),
				 errdetail("Campaign " INT64_FORMAT " is %s; only a draft can be activated.",
						   campaign_id, campaign_status_name(status)),
				 status == CAMPAIGN_SCHEDULED ?
				 errhint("It is already scheduled; to change it, cancel it with campaign.cancel(" INT64_FORMAT "), edit it and activate it again.",
						 campaign_id) :
				 errhint("Use campaign.duplicate(" INT64_FORMAT ") to send it again.", campaign_id)));

	check_campaign_updated(spi_exec("UPDATE campaign.campaigns"
									"   SET status = 'scheduled',"
									"       send_at = CASE WHEN send_mode = 'at_time' THEN coalesce($2, send_at) ELSE send_at END"
									" WHERE campaign_id = $1 RETURNING status",
									2, argtypes, values, nulls, false),
						   campaign_id);
	result = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	SPI_finish();
	PG_RETURN_DATUM(result);
}

/* The refusal of campaign.cancel() for a status that has nothing to cancel. */
static void
refuse_cancel(int64 campaign_id, CampaignStatus status)
{
	switch (status)
	{
		case CAMPAIGN_DRAFT:
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("campaign " INT64_FORMAT " cannot be canceled: it is a draft and was never activated",
							campaign_id),
					 errdetail("Campaign " INT64_FORMAT " is draft.", campaign_id),
					 errhint("Edit or delete the draft; use campaign.duplicate(" INT64_FORMAT ") for a copy.",
							 campaign_id)));
			break;
		case CAMPAIGN_SENT:
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("campaign " INT64_FORMAT " cannot be canceled: it was sent and delivery can no longer be prevented",
							campaign_id),
					 errdetail("Campaign " INT64_FORMAT " is sent.", campaign_id),
					 errhint("Use campaign.duplicate(" INT64_FORMAT ") to send a corrected copy.", campaign_id)));
			break;
		case CAMPAIGN_FAILED:
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("campaign " INT64_FORMAT " cannot be canceled: it failed and nothing remains to send",
							campaign_id),
					 errdetail("Campaign " INT64_FORMAT " is failed.", campaign_id),
					 errhint("Use campaign.duplicate(" INT64_FORMAT ") to send it again once the cause is fixed.",
							 campaign_id)));
			break;
		case CAMPAIGN_CANCELED:
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("campaign " INT64_FORMAT " cannot be canceled: it is already canceled",
							campaign_id),
					 errdetail("Campaign " INT64_FORMAT " is canceled.", campaign_id),
					 errhint("Use campaign.duplicate(" INT64_FORMAT ") to send it again.", campaign_id)));
			break;
		default:
			elog(ERROR, "campaign: refuse_cancel called for a cancelable status");
	}
}

/*
 * campaign.cancel(campaign_id, out status, out messages_halted).
 *
 * A scheduled campaign goes back to draft, to be edited; one in processing or
 * sending is canceled, and the trigger withdraws its pending messages in the
 * same transaction. messages_halted counts those: the pending messages this
 * call withdrew. Messages already with a dispatcher cannot be retrieved, and
 * the pending ones a concurrent claim holds at that instant are left to it
 * (withdraw_pending_messages): that claim hands them out or cancels them, and
 * what it leaves pending campaign.tick() withdraws later; none of those is
 * counted here. campaign_progress shows every message as it stands.
 */
Datum
campaign_cancel(PG_FUNCTION_ARGS)
{
	int64		campaign_id = required_campaign_id(fcinfo);
	CampaignStatus status;
	CampaignStatus target;
	TupleDesc	result_desc;
	Datum		result_values[2];
	bool		result_nulls[2] = {false, false};
	Oid			argtypes[2] = {INT8OID, TEXTOID};
	Datum		values[2];
	int64		halted = 0;
	bool		isnull;
	Datum		new_status;
	HeapTuple	result;

	if (get_call_result_type(fcinfo, NULL, &result_desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "campaign.cancel: return type must be a row type");
	result_desc = BlessTupleDesc(result_desc);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "campaign: SPI_connect failed");

	status = lock_campaign(campaign_id);
	if (status == CAMPAIGN_SCHEDULED)
		target = CAMPAIGN_DRAFT;
	else if (status == CAMPAIGN_PROCESSING || status == CAMPAIGN_SENDING)
		target = CAMPAIGN_CANCELED;
	else
	{
		refuse_cancel(campaign_id, status);
		pg_unreachable();
	}

	values[0] = Int64GetDatum(campaign_id);
	values[1] = CStringGetTextDatum(campaign_status_name(target));
	check_campaign_updated(spi_exec("UPDATE campaign.campaigns SET status = $2::campaign.campaign_status"
									" WHERE campaign_id = $1 RETURNING status",
									2, argtypes, values, NULL, false),
						   campaign_id);
	new_status = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);

	if (target == CAMPAIGN_CANCELED)
		halted = spi_int64("SELECT count(*) FROM campaign.messages"
						   " WHERE campaign_id = $1 AND status = 'canceled'"
						   "   AND skip_reason = 'campaign_canceled'",
						   1, argtypes, values, NULL, false, NULL);
	SPI_finish();

	result_values[0] = new_status;
	result_values[1] = Int64GetDatum(halted);
	result = heap_form_tuple(result_desc, result_values, result_nulls);
	PG_RETURN_DATUM(HeapTupleGetDatum(result));
}

/*
 * campaign.duplicate(campaign_id, name default null): a new draft with the
 * same settings and steps. The way to send again what is final, and the way
 * to change what is running.
 *
 * The copy and its steps are written with the caller's rights, so that
 * row-level security decides which campaign the caller may copy and where
 * the copy may go. duplicated_from is bookkeeping: it is then written with
 * the extension's rights (authority.c), on the row just created and nothing
 * else.
 */
Datum
campaign_duplicate(PG_FUNCTION_ARGS)
{
	int64		campaign_id = required_campaign_id(fcinfo);
	Oid			argtypes[2] = {INT8OID, TEXTOID};
	Datum		values[2];
	char		nulls[2] = {' ', ' '};
	int64		copy_id;
	bool		isnull;
	AuthoritySwitch caller;

	values[0] = Int64GetDatum(campaign_id);
	values[1] = PG_ARGISNULL(1) ? (Datum) 0 : PG_GETARG_DATUM(1);
	if (PG_ARGISNULL(1))
		nulls[1] = 'n';

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "campaign: SPI_connect failed");

	copy_id = spi_int64("INSERT INTO campaign.campaigns"
						" (site_id, name, send_mode, send_at, local_send_at, late_policy,"
						"  respect_quiet_hours, smart_sending, audience_tags)"
						" SELECT site_id, coalesce($2, name), send_mode, send_at, local_send_at,"
						"        late_policy, respect_quiet_hours, smart_sending, audience_tags"
						"   FROM campaign.campaigns WHERE campaign_id = $1"
						" RETURNING campaign_id",
						2, argtypes, values, nulls, false, &isnull);

	/* no copy: no original, or a user's BEFORE INSERT trigger skipped it */
	if (isnull && spi_exec("SELECT FROM campaign.campaigns WHERE campaign_id = $1",
						   1, argtypes, values, NULL, false) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_NO_DATA_FOUND),
				 errmsg("campaign " INT64_FORMAT " does not exist", campaign_id)));
	if (isnull)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("campaign " INT64_FORMAT " was not duplicated", campaign_id),
				 errdetail("A BEFORE INSERT trigger on campaign.campaigns returned NULL, which skipped the insert of the copy."),
				 errhint("Check the triggers on campaign.campaigns.")));

	values[1] = Int64GetDatum(copy_id);
	argtypes[1] = INT8OID;
	authority_switch_to(authority_campaigns_owner(), &caller);
	check_campaign_updated(spi_exec("UPDATE campaign.campaigns SET duplicated_from = $1 WHERE campaign_id = $2",
									2, argtypes, values, NULL, false),
						   copy_id);
	authority_switch_back(&caller);

	spi_exec("INSERT INTO campaign.campaign_steps (campaign_id, step_no, body, delay, skip_if_event)"
			 " SELECT $2, step_no, body, delay, skip_if_event"
			 "   FROM campaign.campaign_steps WHERE campaign_id = $1",
			 2, argtypes, values, NULL, false);
	SPI_finish();
	PG_RETURN_INT64(copy_id);
}
