/*
 * engine.h
 *	  The pure engine (layer 1 of 4): the clock, value checks, time zones,
 *	  legal windows, closed days, phone prefixes and the caches of the reference tables
 *	  they read. No file of this layer runs SQL on user data or calls into
 *	  the layers above it (rules.h, work.h); the send-time functions of
 *	  send_time.c, planned_time.c and subscriber_rules.c are built on these.
 *
 * The layers, lower ones never calling upward, and their files:
 *	(1) engine.h, this file: clock.c owns "now"; validate.c the checks of
 *		zones, phones and windows; reference_cache.c keeps backend caches of
 *		the reference tables current; zone_cache.c answers "what is the UTC
 *		offset at this instant" per zone; legal_windows.c turns
 *		campaign.send_windows into weekly windows per jurisdiction;
 *		closed_days.c turns campaign.closed_days into the closed dates of a
 *		jurisdiction's years (and computes Easter); frequency_caps.c keeps
 *		campaign.frequency_caps and computes when a cap allows a message;
 *		send_time.c implements the definition of the allowed instant
 *		(docs/reference.md, Definitions); phone.c maps numbers to zones and
 *		regions; planned_time.c and subscriber_rules.c decide a subscriber's
 *		planned time, zones, jurisdiction and skip reasons.
 *	(2) rules.h and authority.h: status_machine.c, the status graph and its
 *		triggers; lifecycle.c, activate, cancel and duplicate; authority.c,
 *		who may act with the extension's rights; shipped_rows.c, a user's
 *		edits of the shipped reference rows across dumps.
 *	(3) work.h: processing.c (tick), claim.c, dispatch.c (acknowledgements,
 *		leases, STOP), message_store.c (the queue, claims and provider ids
 *		beside campaign.messages), worker.c, tenant.c.
 *	(4) the SQL glue: src/campaign.sql, campaign.c (the module's settings),
 *		and spi_util.h for the C files that query tables.
 * Some engine files also hold the trigger functions that validate rows of
 * their own tables (validate.c, reference_cache.c), and use authority.h's
 * check of the table a trigger fires on.
 */
#ifndef CAMPAIGN_ENGINE_H
#define CAMPAIGN_ENGINE_H

#include "postgres.h"
#include "datatype/timestamp.h"
#include "utils/array.h"
#include "utils/date.h"

/* clock.c */
extern void clock_define_settings(void);
extern TimestampTz campaign_current_time(void);

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
extern struct pg_tz *zone_tz(const CampaignZone *zone);
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

/* closed_days.c */
typedef struct ClosedCalendar ClosedCalendar;
typedef void (*ClosedDayNameVisitor) (void *arg, const char *jurisdiction, const char *name,
									  bool observed);

extern void easter_sunday(int year, int *month, int *day);
extern uint64 closed_days_current(void);
extern ClosedCalendar *closed_calendar_create(const char *jurisdiction);
extern bool closed_calendar_contains(ClosedCalendar *calendar, int64 day);
extern void closed_calendar_names(const ClosedCalendar *calendar, int64 day,
								  ClosedDayNameVisitor visit, void *arg);

/* frequency_caps.c */

/* The longest period a cap may have (the table refuses longer ones). */
#define FREQUENCY_CAP_LONGEST (INT64CONST(366) * USECS_PER_DAY)

typedef struct FrequencyCap
{
	char		jurisdiction[JURISDICTION_MAXLEN + 1];	/* "": the site's own cap */
	int32		max_messages;
	int64		per;			/* microseconds (frequency_cap_duration) */
} FrequencyCap;

extern int64 frequency_cap_duration(const Interval *per);
extern FrequencyCap *frequency_caps_for(const char *jurisdiction, int extra, int *count);
extern TimestampTz frequency_caps_release(const FrequencyCap *caps, int ncaps,
										  const TimestampTz *handed_out, int n,
										  TimestampTz now, int *binding);
extern char *frequency_cap_describe(const FrequencyCap *cap);

#endif							/* CAMPAIGN_ENGINE_H */
