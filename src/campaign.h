/*
 * campaign.h
 *	  Declarations shared by the files of the campaign extension.
 *
 * The extension is split by concern: clock.c owns "now", status_machine.c the
 * campaign status graph and its triggers, lifecycle.c the user-facing state
 * changes (activate, cancel, duplicate), validate.c the checks of zones, phones
 * and windows. This header carries only what crosses those files.
 */
#ifndef CAMPAIGN_H
#define CAMPAIGN_H

#include "postgres.h"
#include "datatype/timestamp.h"
#include "executor/spi.h"

/* Campaign statuses, in the order of the SQL enum campaign.campaign_status. */
typedef enum CampaignStatus
{
	CAMPAIGN_DRAFT,
	CAMPAIGN_SCHEDULED,
	CAMPAIGN_PROCESSING,
	CAMPAIGN_SENDING,
	CAMPAIGN_SENT,
	CAMPAIGN_FAILED,
	CAMPAIGN_CANCELED
} CampaignStatus;

#define CAMPAIGN_STATUS_COUNT (CAMPAIGN_CANCELED + 1)

/* clock.c */
extern void clock_define_settings(void);
extern TimestampTz campaign_current_time(void);

/* status_machine.c */
extern const char *campaign_status_name(CampaignStatus status);
extern CampaignStatus campaign_status_from_name(const char *name);
extern bool campaign_status_is_final(CampaignStatus status);
extern bool campaign_transition_is_legal(CampaignStatus from, CampaignStatus to);
extern const char *site_failure_reason(int64 site_id, int64 messages_needed,
									   int64 exclude_campaign_id);

/*
 * The extension's own writes to bookkeeping columns. Triggers refuse changes to
 * those columns unless the change is made between these two calls, so that only
 * the extension's C code can write them, in every status.
 */
extern void bookkeeping_write_begin(void);
extern void bookkeeping_write_end(void);

/* processing.c */
extern void fail_campaign(int64 campaign_id, const char *reason);

/* dispatch.c */
extern void expire_leases(TimestampTz now);

/* tenant.c */
extern void tenant_define_settings(void);

/* worker.c */
extern void worker_define_settings(void);
extern void worker_register(void);

/* spi_util.c */
extern uint64 spi_exec(const char *sql, int nargs, Oid *argtypes, Datum *values,
					   const char *nulls, bool read_only);
extern uint64 spi_exec_cached(SPIPlanPtr *plan, const char *sql, int nargs,
							  Oid *argtypes, Datum *values, const char *nulls,
							  bool read_only);
extern int64 spi_int64(const char *sql, int nargs, Oid *argtypes, Datum *values,
					   const char *nulls, bool read_only, bool *isnull);

/* validate.c */
extern bool timezone_name_is_valid(const char *name, const char **canonical);

#endif							/* CAMPAIGN_H */
