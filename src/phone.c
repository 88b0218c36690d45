/*
 * phone.c
 *	  campaign.phone_timezones() and campaign.phone_region(): the time zones
 *	  and the ISO 3166 region of a phone number, from campaign.phone_prefixes.
 *
 * The longest prefix of the number's digits that has a row wins; a number no
 * row covers gives null. Processing a campaign asks this once per subscriber,
 * so the table is not queried per call (through SPI an indexed query costs
 * tens of microseconds, more than the whole send-time computation): each
 * backend keeps it in a hash table by prefix (reference_cache.c rebuilds it
 * when the table changes), and a lookup is at most 15 probes.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/hsearch.h"

#include "engine.h"

PG_FUNCTION_INFO_V1(campaign_phone_timezones);
PG_FUNCTION_INFO_V1(campaign_phone_region);

#define PHONE_DIGITS_MAX 15		/* E.164 */

typedef struct PrefixEntry
{
	char		prefix[PHONE_DIGITS_MAX + 1];	/* hash key */
	ArrayType  *timezones;		/* NULL when the row's is null */
	char	   *region;			/* NULL when the row's is null */
} PrefixEntry;

typedef struct PrefixTable
{
	HTAB	   *hash;
	int			longest;		/* digits of the longest prefix */
} PrefixTable;

/* ReferenceCache.begin: an empty table. */
static void *
prefix_table_begin(void)
{
	PrefixTable *table = palloc(sizeof(PrefixTable));
	HASHCTL		ctl;

	ctl.keysize = PHONE_DIGITS_MAX + 1;
	ctl.entrysize = sizeof(PrefixEntry);
	ctl.hcxt = CurrentMemoryContext;
	table->hash = hash_create("campaign phone prefixes", 1024, &ctl,
							  HASH_ELEM | HASH_STRINGS | HASH_CONTEXT);
	table->longest = 0;
	return table;
}

/* ReferenceCache.add_row: one row of phone_prefixes (prefix, timezones, region). */
static void
prefix_table_add(void *state, Datum *values, bool *nulls)
{
	PrefixTable *table = state;
	char		key[PHONE_DIGITS_MAX + 1];
	char	   *prefix;
	PrefixEntry *entry;

	if (nulls[0])
		return;
	prefix = TextDatumGetCString(values[0]);
	if (strlen(prefix) > PHONE_DIGITS_MAX)
		return;
	memset(key, 0, sizeof(key));
	strcpy(key, prefix);

	entry = hash_search(table->hash, key, HASH_ENTER, NULL);
	entry->timezones = nulls[1] ? NULL : DatumGetArrayTypePCopy(values[1]);
	entry->region = nulls[2] ? NULL : TextDatumGetCString(values[2]);
	table->longest = Max(table->longest, (int) strlen(prefix));
}

static const char *const phone_prefixes_columns[] = {"prefix", "timezones", "region"};

static ReferenceCache phone_prefixes_cache =
REFERENCE_CACHE("phone_prefixes", phone_prefixes_columns,
				prefix_table_begin, prefix_table_add, NULL);

/*
 * The last number looked up and its row: processing asks for a subscriber's
 * zones and then for its region, so every other lookup is of the number just
 * looked up. Valid for one generation of the prefix cache.
 */
static uint64 memo_generation = 0;
static char memo_phone[PHONE_DIGITS_MAX + 2];	/* '+' and the digits */
static PrefixEntry *memo_entry = NULL;

/*
 * The row of the longest prefix of the phone number's digits, or NULL. A
 * phone that is not E.164 is the caller's bad parameter (22023).
 */
static PrefixEntry *
phone_prefix_entry(text *phone_text)
{
	int			length = VARSIZE_ANY_EXHDR(phone_text);
	uint64		generation;
	PrefixTable *table = reference_cache_current(&phone_prefixes_cache, &generation);
	char	   *phone;
	char	   *problem;
	char		key[PHONE_DIGITS_MAX + 1];
	int			digits;
	PrefixEntry *found = NULL;

	if (generation == memo_generation && length == (int) strlen(memo_phone) &&
		memcmp(VARDATA_ANY(phone_text), memo_phone, length) == 0)
		return memo_entry;

	phone = text_to_cstring(phone_text);
	problem = phone_problem(phone);
	if (problem != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid phone number \"%s\"", phone),
				 errdetail("%s", problem),
				 errhint("Give the number in E.164, a + and the digits alone, such as +13055550123.")));

	digits = strlen(phone + 1);
	for (int len = Min(digits, table->longest); len > 0 && found == NULL; len--)
	{
		memset(key, 0, sizeof(key));
		memcpy(key, phone + 1, len);
		found = hash_search(table->hash, key, HASH_FIND, NULL);
	}

	strcpy(memo_phone, phone);
	memo_entry = found;
	memo_generation = generation;
	pfree(phone);
	return found;
}

/*
 * The zones of the number's prefix (a copy), or NULL when unknown: for
 * campaign.phone_timezones() and subscriber_rules.c.
 */
ArrayType *
phone_prefix_timezones(text *phone)
{
	PrefixEntry *entry = phone_prefix_entry(phone);

	if (entry == NULL || entry->timezones == NULL)
		return NULL;
	return DatumGetArrayTypePCopy(PointerGetDatum(entry->timezones));
}

/* The ISO 3166 region of the number's prefix, or NULL when unknown. */
const char *
phone_prefix_region(text *phone)
{
	PrefixEntry *entry = phone_prefix_entry(phone);

	return entry == NULL ? NULL : entry->region;
}

/*
 * campaign.phone_timezones(phone): every zone of the number's prefix (an area
 * code that spans several zones gives them all), or null when unknown.
 */
Datum
campaign_phone_timezones(PG_FUNCTION_ARGS)
{
	ArrayType  *zones = phone_prefix_timezones(PG_GETARG_TEXT_PP(0));

	if (zones == NULL)
		PG_RETURN_NULL();
	PG_RETURN_ARRAYTYPE_P(zones);
}

/*
 * campaign.phone_region(phone): the ISO 3166 code of the number's prefix
 * ('US-FL', 'FR'), or null when unknown.
 */
Datum
campaign_phone_region(PG_FUNCTION_ARGS)
{
	const char *region = phone_prefix_region(PG_GETARG_TEXT_PP(0));

	if (region == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(region));
}
