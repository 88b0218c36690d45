/*
 * legal_windows.c
 *	  The legal sending windows of campaign.send_windows, by jurisdiction and
 *	  weekday, cached per backend; and the algebra of wall-clock spans that
 *	  the send-time engine combines them with.
 *
 * docs/reference.md, Definitions: for one jurisdiction and one weekday, its rows for
 * that weekday apply if there are any, else its rows with a null weekday; the
 * wall-clock time must lie in [allowed_start, allowed_end) of one of them (a
 * null pair allows nothing); with no applicable row the jurisdiction sets no
 * limit that day. That choice is made here once, when the table is loaded,
 * so that the engine sees, per jurisdiction, seven sorted lists of spans.
 *
 * The cache (reference_cache.c) is rebuilt whenever the table may have
 * changed; legal_windows_current() returns a generation number that changes
 * with every rebuild, so that whoever derived data from it knows when to
 * derive again.
 */
#include "postgres.h"

#include "utils/builtins.h"
#include "utils/hsearch.h"
#include "utils/memutils.h"

#include "engine.h"

/* One row of campaign.send_windows. */
typedef struct WindowRow
{
	char		code[JURISDICTION_MAXLEN + 1];
	int			dow;			/* 0..6, or -1: every day */
	bool		has_span;		/* false: a null pair (or an empty span) */
	TimeSpan	span;
} WindowRow;

typedef struct WindowRows
{
	WindowRow  *rows;
	int			count;
	int			capacity;
} WindowRows;

static int
span_compare(const void *a, const void *b)
{
	const TimeSpan *x = a;
	const TimeSpan *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end < y->end ? -1 : (x->end > y->end ? 1 : 0);
}

/*
 * Sort spans and merge those that overlap or touch, dropping empty ones, so
 * that a list of spans is a set of wall-clock times with one representation.
 * Returns the new count.
 */
int
time_spans_normalize(TimeSpan *spans, int count)
{
	int			kept = 0;

	qsort(spans, count, sizeof(TimeSpan), span_compare);
	for (int i = 0; i < count; i++)
	{
		if (spans[i].start >= spans[i].end)
			continue;
		if (kept > 0 && spans[i].start <= spans[kept - 1].end)
			spans[kept - 1].end = Max(spans[kept - 1].end, spans[i].end);
		else
			spans[kept++] = spans[i];
	}
	return kept;
}

/*
 * The intersection of two normalized span lists, into out (room for
 * na + nb spans). Returns its count.
 */
int
time_spans_intersect(const TimeSpan *a, int na, const TimeSpan *b, int nb, TimeSpan *out)
{
	int			i = 0;
	int			j = 0;
	int			count = 0;

	while (i < na && j < nb)
	{
		TimeADT		start = Max(a[i].start, b[j].start);
		TimeADT		end = Min(a[i].end, b[j].end);

		if (start < end)
			out[count++] = (TimeSpan) {start, end};
		if (a[i].end < b[j].end)
			i++;
		else
			j++;
	}
	return count;
}

/* ReferenceCache.begin: no rows yet. */
static void *
window_rows_begin(void)
{
	return palloc0(sizeof(WindowRows));
}

/* ReferenceCache.add_row: collect one row of send_windows. */
static void
window_rows_add(void *state, Datum *values, bool *nulls)
{
	WindowRows *rows = state;
	WindowRow  *row;
	char	   *code;

	/* Rows the validation trigger would refuse can still arrive (replication). */
	if (nulls[0])
		return;
	code = TextDatumGetCString(values[0]);
	if (strlen(code) > JURISDICTION_MAXLEN)
		return;
	if (!nulls[1] && (DatumGetInt16(values[1]) < 0 || DatumGetInt16(values[1]) >= WEEKDAYS))
		return;

	if (rows->count == rows->capacity)
	{
		rows->capacity = Max(16, rows->capacity * 2);
		rows->rows = rows->rows ? repalloc(rows->rows, rows->capacity * sizeof(WindowRow))
			: palloc(rows->capacity * sizeof(WindowRow));
	}
	row = &rows->rows[rows->count++];
	memset(row->code, 0, sizeof(row->code));
	strcpy(row->code, code);
	row->dow = nulls[1] ? -1 : DatumGetInt16(values[1]);
	row->has_span = !nulls[2] && !nulls[3] &&
		DatumGetTimeADT(values[2]) < DatumGetTimeADT(values[3]);
	row->span.start = row->has_span ? DatumGetTimeADT(values[2]) : 0;
	row->span.end = row->has_span ? DatumGetTimeADT(values[3]) : 0;
}

static int
window_row_compare(const void *a, const void *b)
{
	return strcmp(((const WindowRow *) a)->code, ((const WindowRow *) b)->code);
}

/*
 * The windows of one weekday from the rows of one jurisdiction (rows[0..n)):
 * the rows for that weekday if any, else those with a null weekday.
 */
static void
build_day(DayWindows *day, const WindowRow *rows, int n, int dow)
{
	bool		weekday_rows = false;
	bool		every_day_rows = false;
	int			applicable;

	for (int i = 0; i < n; i++)
	{
		weekday_rows |= (rows[i].dow == dow);
		every_day_rows |= (rows[i].dow == -1);
	}
	day->per_weekday = weekday_rows;
	day->limited = weekday_rows || every_day_rows;
	day->count = 0;
	day->spans = NULL;
	if (!day->limited)
		return;

	applicable = weekday_rows ? dow : -1;
	day->spans = palloc(n * sizeof(TimeSpan));
	for (int i = 0; i < n; i++)
		if (rows[i].dow == applicable && rows[i].has_span)
			day->spans[day->count++] = rows[i].span;
	day->count = time_spans_normalize(day->spans, day->count);
}

/* ReferenceCache.end: the hash table jurisdiction -> its windows. */
static void *
window_rows_end(void *state)
{
	WindowRows *rows = state;
	HASHCTL		ctl;
	HTAB	   *hash;

	if (rows->count > 0)
		qsort(rows->rows, rows->count, sizeof(WindowRow), window_row_compare);

	ctl.keysize = JURISDICTION_MAXLEN + 1;
	ctl.entrysize = sizeof(JurisdictionWindows);
	ctl.hcxt = CurrentMemoryContext;
	hash = hash_create("campaign legal windows", 64, &ctl,
					   HASH_ELEM | HASH_STRINGS | HASH_CONTEXT);
	for (int first = 0, last; first < rows->count; first = last)
	{
		JurisdictionWindows *windows;

		for (last = first; last < rows->count &&
			 strcmp(rows->rows[last].code, rows->rows[first].code) == 0; last++)
			;
		windows = hash_search(hash, rows->rows[first].code, HASH_ENTER, NULL);
		for (int dow = 0; dow < WEEKDAYS; dow++)
			build_day(&windows->days[dow], &rows->rows[first], last - first, dow);
	}
	return hash;
}

static const char *const send_windows_columns[] =
{"jurisdiction", "dow", "allowed_start", "allowed_end"};

static ReferenceCache send_windows_cache =
REFERENCE_CACHE("send_windows", send_windows_columns,
				window_rows_begin, window_rows_add, window_rows_end);

static HTAB *windows_by_code = NULL;

/*
 * Make the cache current (reloading it if campaign.send_windows changed) and
 * return its generation. Pointers from legal_windows_lookup() stay valid
 * until the next call of this function.
 */
uint64
legal_windows_current(void)
{
	uint64		generation;

	windows_by_code = reference_cache_current(&send_windows_cache, &generation);
	return generation;
}

/* The windows of a jurisdiction, or NULL when it has no row at all. */
const JurisdictionWindows *
legal_windows_lookup(const char *jurisdiction)
{
	char		key[JURISDICTION_MAXLEN + 1];

	Assert(windows_by_code != NULL);
	if (strlen(jurisdiction) > JURISDICTION_MAXLEN)
		return NULL;
	memset(key, 0, sizeof(key));
	strcpy(key, jurisdiction);
	return hash_search(windows_by_code, key, HASH_FIND, NULL);
}
