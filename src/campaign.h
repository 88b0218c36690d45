/*
 * campaign.h
 *	  Declarations shared by the files of the campaign extension.
 *
 * The extension is split by concern: clock.c owns "now", status_machine.c the
 * campaign status graph and its triggers, lifecycle.c the user-facing state
 * changes (activate, cancel, duplicate), validate.c the checks of zones, phones
 * and windows. The send-time engine: reference_cache.c keeps backend caches of
 * the reference tables current, zone_cache.c answers "what is the UTC offset
 * at this instant" per named zone, legal_windows.c turns campaign.send_windows
 * into weekly windows per jurisdiction, send_time.c implements the definition
 * of docs/reference.md, Definitions, phone.c maps phone numbers to zones and regions,
 * subscriber_rules.c decides a subscriber's zones, jurisdiction and skip
 * reasons for processing and explain_send_time alike, and shipped_rows.c
 * keeps a user's edits of the shipped reference rows across dumps.
 * This header carries only what crosses those files.
 */
#ifndef CAMPAIGN_H
#define CAMPAIGN_H

#include "postgres.h"
#include "datatype/timestamp.h"
#include "executor/spi.h"
#include "utils/array.h"
#include "utils/date.h"

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
extern uint64 withdraw_pending_messages(int64 campaign_id, CampaignStatus ended_as);

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

/* spi_util.c */
extern uint64 spi_exec(const char *sql, int nargs, Oid *argtypes, Datum *values,
					   const char *nulls, bool read_only);
extern uint64 spi_exec_cached(SPIPlanPtr *plan, const char *sql, int nargs,
							  Oid *argtypes, Datum *values, const char *nulls,
							  bool read_only);
extern int64 spi_int64(const char *sql, int nargs, Oid *argtypes, Datum *values,
					   const char *nulls, bool read_only, bool *isnull);
extern void check_campaign_updated(uint64 processed, int64 campaign_id);

/* Work run in a subtransaction; arg carries its input and results. */
typedef void (*SubtransactionWork) (void *arg);
extern ErrorData *spi_run_in_subtransaction(SubtransactionWork work, void *arg);

/* validate.c */
extern bool timezone_name_is_valid(const char *name, const char **canonical);
extern char *phone_problem(const char *phone);
extern bool phone_is_valid(const char *phone);
extern bool iso3166_is_valid(const char *code, bool allow_subdivision);
extern void check_quiet_hours_pair(bool start_null, bool end_null, const char *start_name,
								   const char *end_name, const char *hint);

/* reference_cache.c */

/*
 * A backend cache built from a table of the campaign schema. The owner fills
 * the first fields: begin() makes an empty state in the current memory
 * context, add_row() adds one row (the columns named, in that order), end()
 * (when not NULL) turns the state into the cached data. reference_cache.c keeps the rest, and
 * rebuilds the data whenever the table may have changed.
 */
typedef struct ReferenceCache
{
	const char *relname;		/* in schema campaign */
	const char *const *columns;
	int			ncolumns;
	void	   *(*begin) (void);
	void		(*add_row) (void *state, Datum *values, bool *nulls);
	void	   *(*end) (void *state);
	/* kept by reference_cache.c */
	Oid			relid;			/* of the last load */
	uint64		changes;		/* bumped by every invalidation of the table */
	uint64		loaded_changes; /* changes when data was loaded */
	uint64		generation;		/* bumped by every load */
	MemoryContext context;
	void	   *data;
	bool		registered;
} ReferenceCache;

#define REFERENCE_CACHE(relname, columns, begin, add_row, end) \
	{(relname), (columns), lengthof(columns), (begin), (add_row), (end), \
	 InvalidOid, 1, 0, 0, NULL, NULL, false}

extern void *reference_cache_current(ReferenceCache *cache, uint64 *generation);

/* zone_cache.c */
typedef struct CampaignZone CampaignZone;

extern CampaignZone *zone_find(const char *name, int len);
extern CampaignZone *zone_lookup(const char *name, int len);
extern const char *zone_name(const CampaignZone *zone);
extern int64 zone_offset_at(CampaignZone *zone, TimestampTz instant,
							TimestampTz *segment_end);

/* phone.c */
extern ArrayType *phone_prefix_timezones(text *phone);
extern const char *phone_prefix_region(text *phone);

/* legal_windows.c */

/* A wall-clock span of one day, [start, end), in microseconds since midnight. */
typedef struct TimeSpan
{
	TimeADT		start;
	TimeADT		end;
} TimeSpan;

/*
 * What one jurisdiction allows on one weekday: nothing said (limited false:
 * no limit that day), or the union of spans, sorted and disjoint (none: no
 * sending that day). per_weekday tells whether rows for that weekday applied
 * rather than the rows with a null weekday.
 */
typedef struct DayWindows
{
	bool		limited;
	bool		per_weekday;
	int			count;
	TimeSpan   *spans;
} DayWindows;

#define WEEKDAYS 7				/* dow 0 (Sunday) .. 6 (Saturday), as j2day() */
#define JURISDICTION_MAXLEN 15

typedef struct JurisdictionWindows
{
	char		code[JURISDICTION_MAXLEN + 1];
	DayWindows	days[WEEKDAYS];
} JurisdictionWindows;

extern int	time_spans_normalize(TimeSpan *spans, int count);
extern int	time_spans_intersect(const TimeSpan *a, int na, const TimeSpan *b, int nb,
								 TimeSpan *out);
extern uint64 legal_windows_current(void);
extern const JurisdictionWindows *legal_windows_lookup(const char *jurisdiction);

#endif							/* CAMPAIGN_H */
