/*
 * reference_cache.c
 *	  Keeps the backend caches of the reference tables campaign.send_windows,
 *	  campaign.phone_prefixes and campaign.closed_days current.
 *
 * The send-time functions run once per message and read those tables every
 * time; a query per call would cost more than the computation, so each
 * backend keeps them in memory (legal_windows.c, phone.c, closed_days.c). This file owns
 * what makes such a cache safe:
 *
 *  - Ordinary INSERT, UPDATE and DELETE do not invalidate a table's relcache
 *    entry, so a statement-level trigger on each reference table
 *    (campaign.reference_table_changed) queues a relcache invalidation of the
 *    table. PostgreSQL delivers it to this backend at the end of the command
 *    (and again when the transaction rolls back) and to every other backend
 *    when the transaction commits. The trigger is ENABLE ALWAYS, so that rows
 *    applied by logical replication reach the caches too.
 *  - One relcache callback, registered on first use, counts the changes of
 *    every reference table an invalidation names (all of them on a full
 *    reset). DDL, TRUNCATE and DROP invalidate the same way.
 *  - A cache is current when it was loaded at the table's current change
 *    count. The rows are read with a fresh snapshot taken after the table is
 *    locked (which processes pending invalidations), not with the query's
 *    snapshot: a cache loaded under an older snapshot (REPEATABLE READ, or a
 *    statement that began before another transaction committed) would keep
 *    the old rows after the invalidation that announced the new ones. Like
 *    the system catalogs, the caches therefore follow the latest committed
 *    rows plus the current transaction's own changes.
 */
#include "postgres.h"

#include "access/table.h"
#include "access/tableam.h"
#include "catalog/namespace.h"
#include "commands/trigger.h"
#include "executor/tuptable.h"
#include "fmgr.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

#include "authority.h"
#include "engine.h"

PG_FUNCTION_INFO_V1(campaign_reference_table_changed);

#define MAX_REFERENCE_CACHES 8
#define MAX_REFERENCE_COLUMNS 16

static ReferenceCache *reference_caches[MAX_REFERENCE_CACHES];
static int	reference_cache_count = 0;
static bool callback_registered = false;

/*
 * Relcache invalidation callback: relid is the relation whose relcache entry
 * is invalidated, or InvalidOid when every entry is (after a shared
 * invalidation queue overflow, for example).
 */
static void
reference_caches_invalidate(Datum arg, Oid relid)
{
	for (int i = 0; i < reference_cache_count; i++)
		if (relid == InvalidOid || relid == reference_caches[i]->relid)
			reference_caches[i]->changes++;
}

/* Register the callback once per backend and each cache once. */
static void
reference_cache_register(ReferenceCache *cache)
{
	if (!callback_registered)
	{
		CacheRegisterRelcacheCallback(reference_caches_invalidate, (Datum) 0);
		callback_registered = true;
	}
	if (!cache->registered)
	{
		if (reference_cache_count >= MAX_REFERENCE_CACHES)
			elog(ERROR, "campaign: too many reference caches");
		reference_caches[reference_cache_count++] = cache;
		cache->registered = true;
	}
}

/*
 * Read the cache's columns of every row of its table and build its data in
 * a new memory context; install the data only if no invalidation of the
 * table arrived meanwhile (else the caller loads again).
 */
static void
reference_cache_load(ReferenceCache *cache)
{
	Oid			namespace_oid;
	Relation	rel;
	Snapshot	snapshot;
	TableScanDesc scan;
	TupleTableSlot *slot;
	AttrNumber	attnums[MAX_REFERENCE_COLUMNS];
	Datum		values[MAX_REFERENCE_COLUMNS];
	bool		nulls[MAX_REFERENCE_COLUMNS];
	uint64		changes;
	MemoryContext context;
	MemoryContext old_context;
	void	   *state;

	Assert(cache->ncolumns <= MAX_REFERENCE_COLUMNS);
	reference_cache_register(cache);

	/* Looked up at every load: DROP and CREATE EXTENSION give a new OID. */
	namespace_oid = get_namespace_oid("campaign", false);
	cache->relid = get_relname_relid(cache->relname, namespace_oid);
	if (!OidIsValid(cache->relid))
		elog(ERROR, "campaign: table campaign.%s is missing", cache->relname);
	for (int i = 0; i < cache->ncolumns; i++)
	{
		attnums[i] = get_attnum(cache->relid, cache->columns[i]);
		if (attnums[i] == InvalidAttrNumber)
			elog(ERROR, "campaign: column %s of campaign.%s is missing",
				 cache->columns[i], cache->relname);
	}

	/* Taking the lock processes the invalidations that are pending. */
	rel = table_open(cache->relid, AccessShareLock);
	changes = cache->changes;

	/* Built under the caller's context, so that an error leaves nothing. */
	context = AllocSetContextCreate(CurrentMemoryContext, "campaign reference cache",
									ALLOCSET_SMALL_SIZES);
	old_context = MemoryContextSwitchTo(context);
	state = cache->begin();

	snapshot = RegisterSnapshot(GetCatalogSnapshot(cache->relid));
	scan = table_beginscan(rel, snapshot, 0, NULL);
	slot = table_slot_create(rel, NULL);
	while (table_scan_getnextslot(scan, ForwardScanDirection, slot))
	{
		for (int i = 0; i < cache->ncolumns; i++)
			values[i] = slot_getattr(slot, attnums[i], &nulls[i]);
		cache->add_row(state, values, nulls);
	}
	ExecDropSingleTupleTableSlot(slot);
	table_endscan(scan);
	UnregisterSnapshot(snapshot);
	table_close(rel, AccessShareLock);

	if (cache->end != NULL)
		state = cache->end(state);
	MemoryContextSwitchTo(old_context);

	if (changes != cache->changes)
	{
		MemoryContextDelete(context);
		return;
	}
	MemoryContextSetParent(context, CacheMemoryContext);
	if (cache->context != NULL)
		MemoryContextDelete(cache->context);
	cache->context = context;
	cache->data = state;
	cache->loaded_changes = changes;
	cache->generation++;
}

/*
 * The cache's data, loaded again first if the table may have changed; with
 * *generation (when not NULL) the number of loads so far, so that whoever
 * derives data from it knows when to derive again. The data stays valid
 * until the next call for the same cache.
 */
void *
reference_cache_current(ReferenceCache *cache, uint64 *generation)
{
	while (cache->loaded_changes != cache->changes)
		reference_cache_load(cache);
	if (generation != NULL)
		*generation = cache->generation;
	return cache->data;
}

/*
 * AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ... FOR EACH STATEMENT on a
 * reference table: tell every backend (this one at the end of the command,
 * the others at commit) that caches built from the table are stale.
 */
Datum
campaign_reference_table_changed(PG_FUNCTION_ARGS)
{
	static const char *const reference_tables[] = {"send_windows", "phone_prefixes", "closed_days", "frequency_caps", NULL};
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo) || !TRIGGER_FIRED_FOR_STATEMENT(trigdata->tg_event))
		elog(ERROR, "campaign_reference_table_changed: must be fired FOR EACH STATEMENT");
	trigger_require_tables(fcinfo, reference_tables);
	CacheInvalidateRelcache(trigdata->tg_relation);
	return PointerGetDatum(NULL);
}
