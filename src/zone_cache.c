/*
 * zone_cache.c
 *	  Time zones by name, and their UTC offsets, for the send-time engine.
 *
 * next_send_time() gets a zone name with every message. Checking a name is
 * not free (pg_tzset() alone also accepts POSIX strings such as "XYZ5", so
 * validate.c opens the zone file), so each backend keeps the zones it has
 * seen in a hash table by name, checked once.
 *
 * The engine asks a zone one question: its offset at an instant and until
 * when that offset holds. pg_next_dst_boundary() answers it from PostgreSQL's
 * own zone data. Each zone remembers its last few answers (segments of
 * constant offset, typically one per season), so that a batch of instants in
 * the same season costs a few comparisons instead of a search through the
 * zone's transitions and a broken-down local time.
 */
#include "postgres.h"

#include "pgtime.h"
#include "utils/hsearch.h"
#include "utils/memutils.h"
#include "utils/timestamp.h"

#include "engine.h"

#define ZONE_SEGMENTS 8

/* An interval of instants [start, end) over which a zone's offset is constant. */
typedef struct ZoneSegment
{
	TimestampTz start;
	TimestampTz end;			/* DT_NOEND: no later transition */
	int64		offset;			/* microseconds east of UTC */
} ZoneSegment;

struct CampaignZone
{
	char		key[TZ_STRLEN_MAX + 1];	/* the name as given (hash key) */
	pg_tz	   *tz;
	const char *canonical;		/* PostgreSQL's spelling, owned by pg_tzset */
	int			nsegments;
	int			victim;			/* next slot to reuse when full */
	ZoneSegment segments[ZONE_SEGMENTS];
};

static HTAB *zones_by_name = NULL;

/*
 * The zone called name (len bytes, not NUL-terminated: a text argument's
 * data), or NULL when it is not a zone of PostgreSQL's time zone data. Valid
 * names are checked once per backend; the validation triggers use this too,
 * so that loading a million subscribers does not open a zone file per row.
 */
CampaignZone *
zone_find(const char *name, int len)
{
	char		key[TZ_STRLEN_MAX + 1];
	const char *canonical;
	CampaignZone *zone;

	if (len > TZ_STRLEN_MAX)
		return NULL;
	if (zones_by_name == NULL)
	{
		HASHCTL		ctl;

		ctl.keysize = TZ_STRLEN_MAX + 1;
		ctl.entrysize = sizeof(CampaignZone);
		ctl.hcxt = TopMemoryContext;
		zones_by_name = hash_create("campaign zones", 64, &ctl,
									HASH_ELEM | HASH_STRINGS | HASH_CONTEXT);
	}

	memset(key, 0, sizeof(key));
	memcpy(key, name, len);
	zone = hash_search(zones_by_name, key, HASH_FIND, NULL);
	if (zone != NULL)
		return zone;

	if (!timezone_name_is_valid(key, &canonical))
		return NULL;

	zone = hash_search(zones_by_name, key, HASH_ENTER, NULL);
	zone->tz = pg_tzset(key);
	zone->canonical = canonical;
	zone->nsegments = 0;
	zone->victim = 0;
	return zone;
}

/*
 * The zone called name, for the send-time engine: an unknown zone is the
 * caller's bad parameter, 22023 naming it.
 */
CampaignZone *
zone_lookup(const char *name, int len)
{
	CampaignZone *zone = zone_find(name, len);

	if (zone == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid time zone \"%.*s\"", len, name),
				 errdetail("Time zones are IANA names of PostgreSQL's time zone data, such as America/New_York."),
				 errhint("SELECT name FROM pg_timezone_names lists them.")));
	return zone;
}

/* The zone itself, for PostgreSQL's own arithmetic in it (planned_time.c). */
pg_tz *
zone_tz(const CampaignZone *zone)
{
	return zone->tz;
}

/* The canonical name of a zone, for messages. */
const char *
zone_name(const CampaignZone *zone)
{
	return zone->canonical;
}

/* The pg_time_t (Unix seconds) of the second that contains an instant. */
static pg_time_t
second_of_instant(TimestampTz instant)
{
	int64		seconds = instant / USECS_PER_SEC;

	if (instant % USECS_PER_SEC < 0)
		seconds--;
	return seconds + (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * SECS_PER_DAY;
}

/*
 * Ask PostgreSQL's zone data for the segment that contains instant, and
 * remember it. A segment with the same end as a remembered one is the same
 * segment seen from an earlier instant: that one grows instead.
 */
static ZoneSegment *
zone_find_segment(CampaignZone *zone, TimestampTz instant)
{
	pg_time_t	second = second_of_instant(instant);
	long int	before_gmtoff;
	long int	after_gmtoff;
	int			before_isdst;
	int			after_isdst;
	pg_time_t	boundary;
	int			found;
	TimestampTz end;
	ZoneSegment *segment;

	found = pg_next_dst_boundary(&second, &before_gmtoff, &before_isdst,
								 &boundary, &after_gmtoff, &after_isdst, zone->tz);
	if (found == 0)
	{
		/*
		 * At exactly the last transition of its table, PostgreSQL reports no
		 * later transition even for a zone whose rules go on; one second
		 * later it extrapolates them. The offset is the same at both.
		 */
		pg_time_t	next_second = second + 1;

		found = pg_next_dst_boundary(&next_second, &before_gmtoff, &before_isdst,
									 &boundary, &after_gmtoff, &after_isdst, zone->tz);
	}
	if (found < 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("time zone \"%s\" has no data for %s", zone->canonical,
						timestamptz_to_str(instant))));
	end = (found == 1) ? time_t_to_timestamptz(boundary) : DT_NOEND;

	for (int i = 0; i < zone->nsegments; i++)
	{
		segment = &zone->segments[i];
		if (segment->end == end && segment->offset == before_gmtoff * USECS_PER_SEC)
		{
			segment->start = Min(segment->start, instant);
			return segment;
		}
	}

	if (zone->nsegments < ZONE_SEGMENTS)
		segment = &zone->segments[zone->nsegments++];
	else
	{
		segment = &zone->segments[zone->victim];
		zone->victim = (zone->victim + 1) % ZONE_SEGMENTS;
	}
	segment->start = instant;
	segment->end = end;
	segment->offset = before_gmtoff * USECS_PER_SEC;
	return segment;
}

/*
 * The zone's UTC offset at instant, in microseconds east of UTC (the sign of
 * pg_tm.tm_gmtoff, not of DetermineTimeZoneOffset), and in *segment_end the
 * first instant at which it may change (DT_NOEND when it never does).
 */
int64
zone_offset_at(CampaignZone *zone, TimestampTz instant, TimestampTz *segment_end)
{
	ZoneSegment *segment = NULL;

	for (int i = 0; i < zone->nsegments; i++)
	{
		if (instant >= zone->segments[i].start && instant < zone->segments[i].end)
		{
			segment = &zone->segments[i];
			break;
		}
	}
	if (segment == NULL)
		segment = zone_find_segment(zone, instant);
	*segment_end = segment->end;
	return segment->offset;
}
