/*
 * closed_days.c
 *	  The closed days of campaign.closed_days: which wall-clock dates a
 *	  jurisdiction closes, year by year, cached per backend; and Western
 *	  Easter, which some of them follow.
 *
 * docs/reference.md, Definitions: a date d is closed for jurisdiction J when
 * a row for J's country or for J closes d: its kind's date in the year of d,
 * or that date's observed day (which may belong to the year before or after),
 * within the row's [valid_from, valid_until]. The rows are read once per
 * change of the table (reference_cache.c) and grouped by jurisdiction; a
 * ClosedCalendar then answers "is this day closed" for one J with one range
 * test and one bit test, from the closed dates of a year computed on first
 * use and kept in a few slots (a search spans at most two years; a query
 * over many years recomputes a year, a few dozen date computations).
 *
 * Days are numbered as PostgreSQL's date type does (0 = 2000-01-01), and the
 * calendar arithmetic is PostgreSQL's own (date2j, j2date, j2day); only
 * Easter is computed here, by the "Anonymous Gregorian algorithm" (Meeus,
 * Astronomical Algorithms, ch. 8; Jones, Nature, 1876; Butcher's Ecclesiastical
 * Calendar), for the proleptic Gregorian calendar.
 *
 * Nothing here runs SQL: the rows come from the cache loader.
 */
#include "postgres.h"

#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/hsearch.h"
#include "utils/memutils.h"

#include "engine.h"

typedef enum ClosedDayKind
{
	CLOSED_FIXED,
	CLOSED_NTH_WEEKDAY,
	CLOSED_LAST_WEEKDAY,
	CLOSED_EASTER,
	CLOSED_DATE
} ClosedDayKind;

typedef enum Observance
{
	OBSERVED_NONE,
	OBSERVED_NEAREST_WEEKDAY,
	OBSERVED_NEXT_MONDAY
} Observance;

/* One row of campaign.closed_days, as the engine reads it. */
typedef struct ClosedDayRule
{
	char		code[JURISDICTION_MAXLEN + 1];
	char	   *name;
	ClosedDayKind kind;
	int			month;
	int			day;
	int			nth;
	int			dow;
	int			offset_days;
	int32		on_date;
	Observance	observed;
	int32		valid_from;		/* PG_INT32_MIN: unbounded */
	int32		valid_until;	/* PG_INT32_MAX: unbounded */
} ClosedDayRule;

typedef struct ClosedDayRows
{
	ClosedDayRule *rules;
	int			count;
	int			capacity;
} ClosedDayRows;

/* The rules of one jurisdiction (a hash entry; the key first). */
typedef struct JurisdictionClosedDays
{
	char		code[JURISDICTION_MAXLEN + 1];
	int			count;
	ClosedDayRule *rules;
} JurisdictionClosedDays;

/* The closed days of one year, as bits from its first day. */
#define YEAR_BITMAP_WORDS 6		/* 384 bits: room for 366 days */

typedef struct CalendarYear
{
	int			year;
	int32		first_day;
	int32		ndays;			/* 0: the slot is empty */
	uint64		closed[YEAR_BITMAP_WORDS];
} CalendarYear;

#define CALENDAR_SLOTS 4

struct ClosedCalendar
{
	int			nsets;
	const JurisdictionClosedDays *sets[2];	/* J's country's rules, then J's */
	int			last;			/* the slot of the last lookup */
	CalendarYear years[CALENDAR_SLOTS];
};

/* ----------------------------------------------------------------------
 * Dates
 * ----------------------------------------------------------------------
 */

/* Day number (0 = 2000-01-01) of a proleptic Gregorian date. */
static inline int32
day_number(int year, int month, int day)
{
	return date2j(year, month, day) - POSTGRES_EPOCH_JDATE;
}

static inline int
weekday_of_day(int32 day)
{
	return j2day(day + POSTGRES_EPOCH_JDATE);
}

static inline bool
is_leap_year(int year)
{
	return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

/*
 * Western (Gregorian) Easter Sunday of a year, by the Anonymous Gregorian
 * algorithm (Meeus). The Gregorian Easter dates repeat every 5,700,000
 * years, so years before 1 are moved into that cycle first, where the
 * algorithm's integer divisions are those of non-negative numbers.
 */
void
easter_sunday(int year, int *month, int *day)
{
	int			y = year < 1 ? year + 5700000 : year;
	int			a = y % 19;
	int			b = y / 100;
	int			c = y % 100;
	int			d = b / 4;
	int			e = b % 4;
	int			f = (b + 8) / 25;
	int			g = (b - f + 1) / 3;
	int			h = (19 * a + b - d - g + 15) % 30;
	int			i = c / 4;
	int			k = c % 4;
	int			l = (32 + 2 * e + 2 * i - h - k) % 7;
	int			m = (a + 11 * h + 22 * l) / 451;
	int			n = h + l - 7 * m + 114;

	*month = n / 31;
	*day = n % 31 + 1;
}

/* ----------------------------------------------------------------------
 * The dates a rule closes
 * ----------------------------------------------------------------------
 */

typedef void (*ClosedDateVisitor) (void *arg, const ClosedDayRule *rule, int32 day, bool observed);

/* Visit day if it lies in [first, end) and in the rule's validity. */
static inline void
visit_if_inside(const ClosedDayRule *rule, int32 day, bool observed, int32 first, int32 end,
				ClosedDateVisitor visit, void *arg)
{
	if (day >= first && day < end && day >= rule->valid_from && day <= rule->valid_until)
		visit(arg, rule, day, observed);
}

/*
 * Visit every date of year that the rule closes: its kind's date of the
 * year before, the year and the year after (an observed day, or an Easter
 * offset, may cross into the year), and the observed day of each, kept when
 * it falls in the year and in the rule's validity.
 */
static void
rule_closed_dates(const ClosedDayRule *rule, int year, ClosedDateVisitor visit, void *arg)
{
	int32		first = day_number(year, 1, 1);
	int32		end = day_number(year + 1, 1, 1);

	if (rule->kind == CLOSED_DATE)
	{
		visit_if_inside(rule, rule->on_date, false, first, end, visit, arg);
		return;
	}
	for (int base_year = year - 1; base_year <= year + 1; base_year++)
	{
		int32		date;

		switch (rule->kind)
		{
			case CLOSED_FIXED:
				if (rule->month == 2 && rule->day == 29 && !is_leap_year(base_year))
					continue;
				date = day_number(base_year, rule->month, rule->day);
				break;
			case CLOSED_NTH_WEEKDAY:
				{
					int32		month_first = day_number(base_year, rule->month, 1);
					int32		month_end = rule->month == 12 ? day_number(base_year + 1, 1, 1)
						: day_number(base_year, rule->month + 1, 1);

					date = month_first + (rule->dow - weekday_of_day(month_first) + 7) % 7
						+ 7 * (rule->nth - 1);
					if (date >= month_end)
						continue;	/* no fifth such weekday this month */
					break;
				}
			case CLOSED_LAST_WEEKDAY:
				{
					int32		month_last = (rule->month == 12 ? day_number(base_year + 1, 1, 1)
											  : day_number(base_year, rule->month + 1, 1)) - 1;

					date = month_last - (weekday_of_day(month_last) - rule->dow + 7) % 7;
					break;
				}
			case CLOSED_EASTER:
				{
					int			month;
					int			day;

					easter_sunday(base_year, &month, &day);
					date = day_number(base_year, month, day) + rule->offset_days;
					break;
				}
			default:
				elog(ERROR, "campaign: unknown closed-day kind %d", (int) rule->kind);
		}
		visit_if_inside(rule, date, false, first, end, visit, arg);
		if (rule->observed != OBSERVED_NONE)
		{
			int			weekday = weekday_of_day(date);
			int32		observed_day = date;

			if (weekday == 6)
				observed_day = date + (rule->observed == OBSERVED_NEAREST_WEEKDAY ? -1 : 2);
			else if (weekday == 0)
				observed_day = date + 1;
			if (observed_day != date)
				visit_if_inside(rule, observed_day, true, first, end, visit, arg);
		}
	}
}

/* ----------------------------------------------------------------------
 * The cache of the table
 * ----------------------------------------------------------------------
 */

/* ReferenceCache.begin: no rows yet. */
static void *
closed_rows_begin(void)
{
	return palloc0(sizeof(ClosedDayRows));
}

static bool
parse_kind(const char *text, ClosedDayKind *kind)
{
	static const char *const names[] = {"fixed", "nth_weekday", "last_weekday", "easter", "date"};

	for (size_t i = 0; i < lengthof(names); i++)
		if (strcmp(text, names[i]) == 0)
		{
			*kind = (ClosedDayKind) i;
			return true;
		}
	return false;
}

/*
 * ReferenceCache.add_row: one row of closed_days. The trigger and the CHECK
 * constraints keep bad rows out; a row that still does not fit its kind is
 * left out rather than read wrongly.
 */
static void
closed_rows_add(void *state, Datum *values, bool *nulls)
{
	static const int month_days[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	ClosedDayRows *rows = state;
	ClosedDayRule rule;
	char	   *code;
	char	   *observed;

	if (nulls[0] || nulls[1] || nulls[2])
		return;
	code = TextDatumGetCString(values[0]);
	if (strlen(code) > JURISDICTION_MAXLEN || !parse_kind(TextDatumGetCString(values[2]), &rule.kind))
		return;
	memset(rule.code, 0, sizeof(rule.code));
	strcpy(rule.code, code);
	rule.name = TextDatumGetCString(values[1]);
	rule.month = nulls[3] ? 0 : DatumGetInt16(values[3]);
	rule.day = nulls[4] ? 0 : DatumGetInt16(values[4]);
	rule.nth = nulls[5] ? 0 : DatumGetInt16(values[5]);
	rule.dow = nulls[6] ? -1 : DatumGetInt16(values[6]);
	rule.offset_days = nulls[7] ? 0 : DatumGetInt32(values[7]);
	rule.on_date = nulls[8] ? 0 : DatumGetDateADT(values[8]);
	observed = nulls[9] ? "none" : TextDatumGetCString(values[9]);
	rule.observed = strcmp(observed, "nearest_weekday") == 0 ? OBSERVED_NEAREST_WEEKDAY
		: strcmp(observed, "next_monday") == 0 ? OBSERVED_NEXT_MONDAY : OBSERVED_NONE;
	/* -infinity and infinity are PG_INT32_MIN and PG_INT32_MAX: unbounded too */
	rule.valid_from = nulls[10] ? PG_INT32_MIN : DatumGetDateADT(values[10]);
	rule.valid_until = nulls[11] ? PG_INT32_MAX : DatumGetDateADT(values[11]);

	switch (rule.kind)
	{
		case CLOSED_FIXED:
			if (nulls[3] || nulls[4] || rule.month < 1 || rule.month > 12 ||
				rule.day < 1 || rule.day > month_days[rule.month - 1])
				return;
			break;
		case CLOSED_NTH_WEEKDAY:
			if (nulls[3] || nulls[5] || nulls[6] || rule.month < 1 || rule.month > 12 ||
				rule.nth < 1 || rule.nth > 5 || rule.dow < 0 || rule.dow > 6)
				return;
			break;
		case CLOSED_LAST_WEEKDAY:
			if (nulls[3] || nulls[6] || rule.month < 1 || rule.month > 12 || rule.dow < 0 || rule.dow > 6)
				return;
			break;
		case CLOSED_EASTER:
			if (nulls[7] || rule.offset_days < -365 || rule.offset_days > 365)
				return;
			break;
		case CLOSED_DATE:
			if (nulls[8] || DATE_NOT_FINITE(rule.on_date))
				return;
			break;
	}
	if (rule.kind != CLOSED_FIXED)
		rule.observed = OBSERVED_NONE;

	if (rows->count == rows->capacity)
	{
		rows->capacity = Max(16, rows->capacity * 2);
		rows->rules = rows->rules ? repalloc(rows->rules, rows->capacity * sizeof(ClosedDayRule))
			: palloc(rows->capacity * sizeof(ClosedDayRule));
	}
	rows->rules[rows->count++] = rule;
}

static int
closed_rule_compare(const void *a, const void *b)
{
	return strcmp(((const ClosedDayRule *) a)->code, ((const ClosedDayRule *) b)->code);
}

/* ReferenceCache.end: the hash table jurisdiction -> its rules. */
static void *
closed_rows_end(void *state)
{
	ClosedDayRows *rows = state;
	HASHCTL		ctl;
	HTAB	   *hash;

	if (rows->count > 0)
		qsort(rows->rules, rows->count, sizeof(ClosedDayRule), closed_rule_compare);
	ctl.keysize = JURISDICTION_MAXLEN + 1;
	ctl.entrysize = sizeof(JurisdictionClosedDays);
	ctl.hcxt = CurrentMemoryContext;
	hash = hash_create("campaign closed days", 64, &ctl,
					   HASH_ELEM | HASH_STRINGS | HASH_CONTEXT);
	for (int first = 0, last; first < rows->count; first = last)
	{
		JurisdictionClosedDays *entry;

		for (last = first; last < rows->count &&
			 strcmp(rows->rules[last].code, rows->rules[first].code) == 0; last++)
			;
		entry = hash_search(hash, rows->rules[first].code, HASH_ENTER, NULL);
		entry->count = last - first;
		entry->rules = &rows->rules[first];
	}
	return hash;
}

static const char *const closed_days_columns[] =
{"jurisdiction", "name", "kind", "month", "day", "nth", "dow", "offset_days", "on_date",
"observed", "valid_from", "valid_until"};

static ReferenceCache closed_days_cache =
REFERENCE_CACHE("closed_days", closed_days_columns,
				closed_rows_begin, closed_rows_add, closed_rows_end);

static HTAB *closed_days_by_code = NULL;

/*
 * Make the cache current (reloading it if campaign.closed_days changed) and
 * return its generation. Calendars made by closed_calendar_create() point
 * into the cache: they must be dropped when the generation changes.
 */
uint64
closed_days_current(void)
{
	uint64		generation;

	closed_days_by_code = reference_cache_current(&closed_days_cache, &generation);
	return generation;
}

static const JurisdictionClosedDays *
closed_days_lookup(const char *code)
{
	char		key[JURISDICTION_MAXLEN + 1];

	Assert(closed_days_by_code != NULL);
	if (strlen(code) > JURISDICTION_MAXLEN)
		return NULL;
	memset(key, 0, sizeof(key));
	strcpy(key, code);
	return hash_search(closed_days_by_code, key, HASH_FIND, NULL);
}

/* ----------------------------------------------------------------------
 * Calendars
 * ----------------------------------------------------------------------
 */

/*
 * The calendar of a jurisdiction (its country's rows and its own), in the
 * current memory context; NULL when neither has a row, so that the engine
 * skips the test. The cache must be current (closed_days_current()).
 */
ClosedCalendar *
closed_calendar_create(const char *jurisdiction)
{
	char		country[JURISDICTION_MAXLEN + 1];
	const JurisdictionClosedDays *sets[2];
	int			nsets = 0;
	ClosedCalendar *calendar;

	strlcpy(country, jurisdiction, Min(strcspn(jurisdiction, "-") + 1, sizeof(country)));
	if ((sets[nsets] = closed_days_lookup(country)) != NULL)
		nsets++;
	if (strcmp(country, jurisdiction) != 0 && (sets[nsets] = closed_days_lookup(jurisdiction)) != NULL)
		nsets++;
	if (nsets == 0)
		return NULL;
	calendar = palloc0(sizeof(ClosedCalendar));
	calendar->nsets = nsets;
	memcpy(calendar->sets, sets, nsets * sizeof(sets[0]));
	return calendar;
}

/* ClosedDateVisitor: set the bit of a closed day in a CalendarYear. */
static void
mark_closed(void *arg, const ClosedDayRule *rule, int32 day, bool observed)
{
	CalendarYear *slot = arg;
	int32		bit = day - slot->first_day;

	slot->closed[bit / 64] |= UINT64CONST(1) << (bit % 64);
}

/* Fill a slot with the closed days of a year. */
static void
calendar_year_fill(const ClosedCalendar *calendar, CalendarYear *slot, int year)
{
	slot->year = year;
	slot->first_day = day_number(year, 1, 1);
	slot->ndays = day_number(year + 1, 1, 1) - slot->first_day;
	memset(slot->closed, 0, sizeof(slot->closed));
	for (int s = 0; s < calendar->nsets; s++)
		for (int i = 0; i < calendar->sets[s]->count; i++)
			rule_closed_dates(&calendar->sets[s]->rules[i], year, mark_closed, slot);
}

/* Whether the calendar's jurisdiction closes a day (0 = 2000-01-01). */
bool
closed_calendar_contains(ClosedCalendar *calendar, int64 day)
{
	CalendarYear *slot = &calendar->years[calendar->last];
	int64		bit = day - slot->first_day;

	if (bit < 0 || bit >= slot->ndays)
	{
		int			year;
		int			month;
		int			mday;
		int			index;

		j2date((int) (day + POSTGRES_EPOCH_JDATE), &year, &month, &mday);
		index = ((year % CALENDAR_SLOTS) + CALENDAR_SLOTS) % CALENDAR_SLOTS;
		slot = &calendar->years[index];
		if (slot->ndays == 0 || slot->year != year)
			calendar_year_fill(calendar, slot, year);
		calendar->last = index;
		bit = day - slot->first_day;
	}
	return (slot->closed[bit / 64] >> (bit % 64)) & 1;
}

typedef struct NameSearch
{
	int32		day;
	ClosedDayNameVisitor visit;
	void	   *arg;
} NameSearch;

/* ClosedDateVisitor: pass on the rules that close the day searched for. */
static void
name_if_day(void *arg, const ClosedDayRule *rule, int32 day, bool observed)
{
	NameSearch *search = arg;

	if (day == search->day)
		search->visit(search->arg, rule->code, rule->name, observed);
}

/*
 * Visit every row that closes a day, with its jurisdiction, its name and
 * whether the day is its observed day, in the calendar's order (the
 * country's rows first). For explain_send_time: slow, and only for days
 * that closed_calendar_contains() says are closed.
 */
void
closed_calendar_names(const ClosedCalendar *calendar, int64 day, ClosedDayNameVisitor visit, void *arg)
{
	int			year;
	int			month;
	int			mday;
	NameSearch	search = {(int32) day, visit, arg};

	j2date((int) (day + POSTGRES_EPOCH_JDATE), &year, &month, &mday);
	for (int s = 0; s < calendar->nsets; s++)
		for (int i = 0; i < calendar->sets[s]->count; i++)
			rule_closed_dates(&calendar->sets[s]->rules[i], year, name_if_day, &search);
}
