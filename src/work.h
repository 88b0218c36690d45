/*
 * work.h
 *	  The work (layer 3 of 4, see engine.h): processing a campaign's
 *	  audience (processing.c), handing messages out (claim.c), what happens
 *	  to them afterwards (dispatch.c), the relations of the message store
 *	  beside the record (message_store.c), the settings of tenants and the
 *	  background worker that ticks.
 */
#ifndef CAMPAIGN_WORK_H
#define CAMPAIGN_WORK_H

#include "postgres.h"
#include "datatype/timestamp.h"

/* processing.c */
extern uint64 fail_campaign(int64 campaign_id, const char *reason);

/* claim.c */
extern void postpone_later_steps(int count, const int64 *campaign_ids, const int64 *subscriber_ids,
								 const int16 *step_nos, const TimestampTz *send_ats);

/* dispatch.c */
extern void expire_leases(TimestampTz now);
extern void expire_leases_work(void *now);
extern bool leases_have_expired(TimestampTz now);
extern void expire_campaign_leases(TimestampTz now, int64 campaign_id);

/* message_store.c */
extern void release_claims(const int64 *claim_ids, int count);
extern void ensure_message_partition(int64 campaign_id);

/*
 * SQL: whether the campaign (an expression naming its id) has a message
 * pending or with a dispatcher, read from the queue and the open claims (a
 * handful of rows), never from the campaign's messages: tick asks it of
 * every sending campaign. The record decides, so that a queue row or claim
 * left behind by a direct write to campaign.messages keeps nothing open.
 */
#define OPEN_MESSAGES_EXIST_SQL(campaign) \
	"(EXISTS (SELECT FROM campaign.message_queue oq JOIN campaign.messages om ON om.message_id = oq.message_id" \
	"          WHERE oq.campaign_id = " campaign " AND om.status = 'pending')" \
	" OR EXISTS (SELECT FROM campaign.claims ok" \
	"             CROSS JOIN LATERAL pg_catalog.unnest(ok.message_ids) AS ox (message_id)" \
	"             JOIN campaign.messages om ON om.message_id = ox.message_id" \
	"            WHERE " campaign " = ANY (ok.campaign_ids) AND om.campaign_id = " campaign \
	"              AND om.claim_id = ok.claim_id AND om.status = 'dispatching'))"

/* tenant.c */
extern void tenant_define_settings(void);

/* worker.c */
extern void worker_define_settings(void);
extern void worker_register(void);

#endif							/* CAMPAIGN_WORK_H */
