/*
 * work.h
 *	  The work (layer 3 of 4, see engine.h): processing a campaign's
 *	  audience (processing.c), handing messages out (claim.c), what happens
 *	  to them afterwards (dispatch.c), the settings of tenants and the
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

/* tenant.c */
extern void tenant_define_settings(void);

/* worker.c */
extern void worker_define_settings(void);
extern void worker_register(void);

#endif							/* CAMPAIGN_WORK_H */
