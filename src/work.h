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
 * SQL: whether the campaign (an expression naming its id) may still have a
 * message pending or with a dispatcher: a row of the queue, or an open claim
 * that handed out one of its messages. An index probe of the queue, and the
 * campaigns of the open claims, read once per statement (an uncorrelated IN,
 * hashed), never the campaign's messages: tick asks it of every sending
 * campaign, every tick, and the claims table has many dead rows between two
 * vacuums. It errs on the side of "open": a claim whose messages of the campaign
 * are all acknowledged keeps it open until the claim is closed (its last
 * acknowledgement, or its lease running out), and a queue row left by a
 * superuser's direct UPDATE of a message until a claim meets it.
 */
#define OPEN_MESSAGES_EXIST_SQL(campaign) \
	"(EXISTS (SELECT FROM campaign.message_queue oq WHERE oq.campaign_id = " campaign ")" \
	" OR " campaign " IN (SELECT pg_catalog.unnest(ok.campaign_ids) FROM campaign.claims ok))"

/* tenant.c */
extern void tenant_define_settings(void);

/* worker.c */
extern void worker_define_settings(void);
extern void worker_register(void);

#endif							/* CAMPAIGN_WORK_H */
