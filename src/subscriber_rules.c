/*
 * subscriber_rules.c
 *	  What processing decides for one subscriber besides the send time: the
 *	  zones, the jurisdiction, and why a message is skipped.
 *
 * Two callers must decide alike: the batch statements of processing.c, which
 * run these functions once per subscriber inside the executor, and
 * campaign.explain_send_time(), whose preview says what processing would
 * decide now. Each rule exists once, here, so that the preview cannot drift
 * from what processing then does (the preview once tested local_time_passed
 * before unsubscribed, processing the other way round).
 *
 * Like the send-time functions they run no SQL (the phone prefixes come from
 * phone.c's backend cache) and pin no search_path: a SET clause would cost
 * every call a GUC save and restore (see src/campaign.sql).
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/timestamp.h"

#include "engine.h"

PG_FUNCTION_INFO_V1(campaign_subscriber_timezones);
PG_FUNCTION_INFO_V1(campaign_subscriber_jurisdiction);
PG_FUNCTION_INFO_V1(campaign_first_step_skip_reason);
PG_FUNCTION_INFO_V1(campaign_follow_up_skip_reason);

/* A text[] of one element. */
static ArrayType *
one_zone(Datum zone)
{
	return construct_array(&zone, 1, TEXTOID, -1, false, TYPALIGN_INT);
}

/*
 * campaign.subscriber_timezones(timezone, phone, site_timezone): the zones a
 * subscriber's messages must be allowed in: the subscriber's own zone, else
 * every zone of the phone's prefix, else the site's zone; null when none of
 * them is known.
 */
Datum
campaign_subscriber_timezones(PG_FUNCTION_ARGS)
{
	ArrayType  *zones;

	if (!PG_ARGISNULL(0))
		PG_RETURN_ARRAYTYPE_P(one_zone(PG_GETARG_DATUM(0)));
	if (!PG_ARGISNULL(1) && (zones = phone_prefix_timezones(PG_GETARG_TEXT_PP(1))) != NULL)
		PG_RETURN_ARRAYTYPE_P(zones);
	if (!PG_ARGISNULL(2))
		PG_RETURN_ARRAYTYPE_P(one_zone(PG_GETARG_DATUM(2)));
	PG_RETURN_NULL();
}

/*
 * campaign.subscriber_jurisdiction(region, phone, site_country): whose legal
 * windows apply: the subscriber's region, else the phone prefix's, else the
 * site's country; null when none is known.
 */
Datum
campaign_subscriber_jurisdiction(PG_FUNCTION_ARGS)
{
	const char *region;

	if (!PG_ARGISNULL(0))
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	if (!PG_ARGISNULL(1) && (region = phone_prefix_region(PG_GETARG_TEXT_PP(1))) != NULL)
		PG_RETURN_TEXT_P(cstring_to_text(region));
	if (!PG_ARGISNULL(2))
		PG_RETURN_DATUM(PG_GETARG_DATUM(2));
	PG_RETURN_NULL();
}

/*
 * campaign.first_step_skip_reason(subscriber_status, planned_at, send_at,
 * smart_sending, last_message_at, smart_sending_window): why step 0 is
 * skipped, or null when it goes at send_at. The first rule that holds wins:
 * unsubscribed (a STOP since processing started: the subscriber was counted
 * in the audience, so gets a row, but no message), local_time_passed (the
 * late policy 'skip' gave no planned time), no_send_window (no allowed instant
 * within 8 days), smart_sending (a message reached the subscriber less than
 * the site's window before send_at).
 */
Datum
campaign_first_step_skip_reason(PG_FUNCTION_ARGS)
{
	if (!PG_ARGISNULL(0))
	{
		text	   *status = PG_GETARG_TEXT_PP(0);

		if (VARSIZE_ANY_EXHDR(status) != strlen("subscribed") ||
			memcmp(VARDATA_ANY(status), "subscribed", strlen("subscribed")) != 0)
			PG_RETURN_TEXT_P(cstring_to_text("unsubscribed"));
	}
	if (PG_ARGISNULL(1))
		PG_RETURN_TEXT_P(cstring_to_text("local_time_passed"));
	if (PG_ARGISNULL(2))
		PG_RETURN_TEXT_P(cstring_to_text("no_send_window"));
	if (!PG_ARGISNULL(3) && PG_GETARG_BOOL(3) && !PG_ARGISNULL(4) && !PG_ARGISNULL(5))
	{
		Datum		window_start = DirectFunctionCall2(timestamptz_mi_interval,
													   PG_GETARG_DATUM(2), PG_GETARG_DATUM(5));

		if (PG_GETARG_TIMESTAMPTZ(4) > DatumGetTimestampTz(window_start))
			PG_RETURN_TEXT_P(cstring_to_text("smart_sending"));
	}
	PG_RETURN_NULL();
}

/*
 * campaign.follow_up_skip_reason(previous_skip_reason, send_at): why a
 * follow-up is skipped, or null when it goes at send_at. A step after a
 * skipped one is skipped for the same reason (it has no planned time); else
 * no_send_window when no instant within 8 days is allowed.
 */
Datum
campaign_follow_up_skip_reason(PG_FUNCTION_ARGS)
{
	if (!PG_ARGISNULL(0))
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	if (PG_ARGISNULL(1))
		PG_RETURN_TEXT_P(cstring_to_text("no_send_window"));
	PG_RETURN_NULL();
}
