/*
 * shipped_rows.c
 *	  The rows of campaign.send_windows, campaign.phone_prefixes,
 *	  campaign.closed_days and campaign.frequency_caps that the extension ships, and what becomes of them when a user edits or deletes
 *	  them, so that a dump and restore keeps the user's choice.
 *
 * pg_dump dumps these tables WHERE NOT shipped: on restore, CREATE EXTENSION
 * creates the shipped rows again and the dump brings the user's. So a row
 * may stay shipped only as long as it is what the extension's scripts wrote,
 * and the removal of a shipped row must be dumped too:
 *
 *	- reference_row_write (BEFORE INSERT OR UPDATE, ENABLE ALWAYS): a row
 *	  written outside the extension's scripts is the user's (shipped =
 *	  false), and an inserted row of the user's takes the place of the
 *	  shipped row with the same key. The latter is how a restore brings back
 *	  an edited shipped row: CREATE EXTENSION has just created the shipped
 *	  row again, and the restored row of the same key replaces it.
 *	- shipped_row_removed (AFTER UPDATE OR DELETE, BEFORE TRUNCATE): a
 *	  shipped row deleted, or whose key is changed, outside the extension's
 *	  scripts leaves its key in campaign.removed_shipped_rows, which is
 *	  dumped.
 *	- removed_shipped_row (BEFORE INSERT ON campaign.removed_shipped_rows,
 *	  ENABLE ALWAYS): deletes the shipped row of that key, so that a restore,
 *	  which created it again, removes it again.
 *
 * ENABLE ALWAYS: a restore runs with session_replication_role = replica (see
 * the README), where ordinary triggers do not fire. shipped_row_removed is
 * ordinary: rows applied by logical replication carry their removal with
 * them.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "commands/extension.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"

#include "authority.h"
#include "spi_util.h"

PG_FUNCTION_INFO_V1(campaign_reference_row_write);
PG_FUNCTION_INFO_V1(campaign_shipped_row_removed);
PG_FUNCTION_INFO_V1(campaign_removed_shipped_row);

/* The tables with shipped rows, and the key that names a row across a restore. */
typedef struct ShippedTable
{
	const char *relname;
	const char *key_column;
} ShippedTable;

/* the tables whose rows the triggers of this file may be fired on */
static const char *const reference_tables[] = {"send_windows", "phone_prefixes", "closed_days", "frequency_caps", NULL};

static const ShippedTable shipped_tables[] = {
	{"send_windows", "send_window_id"},
	{"phone_prefixes", "prefix"},
	{"closed_days", "closed_day_id"},
	{"frequency_caps", "frequency_cap_id"},
};

/*
 * Set while this file deletes a shipped row to replace it or to apply a
 * removal (such a delete is not the user's removal of the row), and while it
 * records a removal (the row is gone already, or about to be truncated).
 */
static bool deleting_shipped_row = false;
static bool recording_removal = false;

static const ShippedTable *
shipped_table_named(const char *relname)
{
	for (size_t i = 0; i < lengthof(shipped_tables); i++)
		if (strcmp(shipped_tables[i].relname, relname) == 0)
			return &shipped_tables[i];
	return NULL;
}

static const ShippedTable *
shipped_table_of(Relation rel)
{
	const ShippedTable *table = shipped_table_named(RelationGetRelationName(rel));

	if (table == NULL || get_namespace_oid("campaign", false) != RelationGetNamespace(rel))
		elog(ERROR, "campaign: %s has no shipped rows", RelationGetRelationName(rel));
	return table;
}

static int
column_number(Relation rel, const char *column)
{
	int			attnum = SPI_fnumber(RelationGetDescr(rel), column);

	if (attnum <= 0)
		elog(ERROR, "campaign: column \"%s\" is missing from %s", column, RelationGetRelationName(rel));
	return attnum;
}

static bool
row_is_shipped(Relation rel, HeapTuple tuple)
{
	bool		isnull;
	Datum		shipped = heap_getattr(tuple, column_number(rel, "shipped"), RelationGetDescr(rel), &isnull);

	return !isnull && DatumGetBool(shipped);
}

/* The row's key as text, as campaign.removed_shipped_rows keeps it. */
static char *
row_key(Relation rel, const ShippedTable *table, HeapTuple tuple)
{
	return SPI_getvalue(tuple, RelationGetDescr(rel), column_number(rel, table->key_column));
}

/*
 * Delete the shipped row of the table with that key, if there is one; the
 * user's rows are never touched.
 */
static void
delete_shipped_row(const ShippedTable *table, const char *key)
{
	Oid			argtypes[1] = {TEXTOID};
	Datum		values[1] = {CStringGetTextDatum(key)};

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "campaign: SPI_connect failed");
	deleting_shipped_row = true;
	PG_TRY();
	{
		spi_exec(psprintf("DELETE FROM campaign.%s WHERE %s::pg_catalog.text = $1 AND shipped",
						  quote_identifier(table->relname), quote_identifier(table->key_column)),
				 1, argtypes, values, NULL, false);
	}
	PG_FINALLY();
	{
		deleting_shipped_row = false;
	}
	PG_END_TRY();
	SPI_finish();
}

/* Record the removal of shipped rows: one key, or every shipped row (key NULL). */
static void
record_removal(const ShippedTable *table, const char *key)
{
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "campaign: SPI_connect failed");
	recording_removal = true;
	PG_TRY();
	{
		if (key != NULL)
		{
			Oid			argtypes[2] = {TEXTOID, TEXTOID};
			Datum		values[2] = {CStringGetTextDatum(table->relname), CStringGetTextDatum(key)};

			spi_exec("INSERT INTO campaign.removed_shipped_rows (table_name, key) VALUES ($1, $2)"
					 " ON CONFLICT DO NOTHING",
					 2, argtypes, values, NULL, false);
		}
		else
			spi_exec(psprintf("INSERT INTO campaign.removed_shipped_rows (table_name, key)"
							  " SELECT %s, %s::pg_catalog.text FROM campaign.%s WHERE shipped"
							  " ON CONFLICT DO NOTHING",
							  quote_literal_cstr(table->relname), quote_identifier(table->key_column),
							  quote_identifier(table->relname)),
					 0, NULL, NULL, NULL, false);
	}
	PG_FINALLY();
	{
		recording_removal = false;
	}
	PG_END_TRY();
	SPI_finish();
}

/*
 * BEFORE INSERT OR UPDATE ON send_windows, phone_prefixes, closed_days, FOR EACH ROW,
 * ENABLE ALWAYS. Outside the extension's own scripts (CREATE or ALTER
 * EXTENSION), the row written is the user's: shipped = false, so that
 * pg_dump keeps it. An inserted row of the user's replaces the shipped row
 * with the same key.
 */
Datum
campaign_reference_row_write(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Relation	rel;
	const ShippedTable *table;
	HeapTuple	tuple;

	if (!CALLED_AS_TRIGGER(fcinfo) || !TRIGGER_FIRED_BEFORE(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) || TRIGGER_FIRED_BY_DELETE(trigdata->tg_event))
		elog(ERROR, "campaign_reference_row_write: must be fired BEFORE INSERT OR UPDATE, FOR EACH ROW");
	trigger_require_tables(fcinfo, reference_tables);
	rel = trigdata->tg_relation;
	table = shipped_table_of(rel);
	tuple = TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ? trigdata->tg_newtuple : trigdata->tg_trigtuple;

	if (creating_extension)
		return PointerGetDatum(tuple);

	if (row_is_shipped(rel, tuple))
	{
		int			columns[1] = {column_number(rel, "shipped")};
		Datum		values[1] = {BoolGetDatum(false)};
		bool		nulls[1] = {false};

		tuple = heap_modify_tuple_by_cols(tuple, RelationGetDescr(rel), 1, columns, values, nulls);
	}
	if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
	{
		char	   *key = row_key(rel, table, tuple);

		if (key != NULL)
			delete_shipped_row(table, key);
	}
	return PointerGetDatum(tuple);
}

/*
 * AFTER UPDATE OR DELETE ON send_windows, phone_prefixes, closed_days, FOR EACH ROW, and
 * BEFORE TRUNCATE, FOR EACH STATEMENT: outside the extension's scripts, a
 * shipped row that is deleted, truncated, or given another key is recorded
 * in campaign.removed_shipped_rows, so that a restore removes it again. An
 * edit that keeps the key needs no record: the edited row, now the user's,
 * replaces the shipped one on restore.
 */
Datum
campaign_shipped_row_removed(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Relation	rel;
	const ShippedTable *table;

	if (!CALLED_AS_TRIGGER(fcinfo))
		elog(ERROR, "campaign_shipped_row_removed: must be called as a trigger");
	trigger_require_tables(fcinfo, reference_tables);
	rel = trigdata->tg_relation;
	table = shipped_table_of(rel);
	if (creating_extension || deleting_shipped_row)
		return PointerGetDatum(NULL);

	if (TRIGGER_FIRED_BY_TRUNCATE(trigdata->tg_event))
		record_removal(table, NULL);
	else if (TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) && TRIGGER_FIRED_AFTER(trigdata->tg_event) &&
			 row_is_shipped(rel, trigdata->tg_trigtuple))
	{
		char	   *old_key = row_key(rel, table, trigdata->tg_trigtuple);

		if (TRIGGER_FIRED_BY_DELETE(trigdata->tg_event))
			record_removal(table, old_key);
		else if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
		{
			char	   *new_key = row_key(rel, table, trigdata->tg_newtuple);

			if (new_key == NULL || strcmp(old_key, new_key) != 0)
				record_removal(table, old_key);
		}
	}
	else if (!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) || !TRIGGER_FIRED_AFTER(trigdata->tg_event))
		elog(ERROR, "campaign_shipped_row_removed: must be fired AFTER UPDATE OR DELETE FOR EACH ROW, or BEFORE TRUNCATE");
	return PointerGetDatum(NULL);
}

/*
 * BEFORE INSERT ON campaign.removed_shipped_rows, FOR EACH ROW, ENABLE
 * ALWAYS: the shipped row named is deleted (when it is there: a restore has
 * just created it again).
 */
Datum
campaign_removed_shipped_row(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Relation	rel;
	HeapTuple	tuple;
	char	   *table_name;
	char	   *key;
	const ShippedTable *table;

	if (!CALLED_AS_TRIGGER(fcinfo) || !TRIGGER_FIRED_BEFORE(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) || !TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
		elog(ERROR, "campaign_removed_shipped_row: must be fired BEFORE INSERT, FOR EACH ROW");
	trigger_require_table(fcinfo, "removed_shipped_rows");
	rel = trigdata->tg_relation;
	tuple = trigdata->tg_trigtuple;
	table_name = SPI_getvalue(tuple, RelationGetDescr(rel), column_number(rel, "table_name"));
	key = SPI_getvalue(tuple, RelationGetDescr(rel), column_number(rel, "key"));
	table = table_name != NULL ? shipped_table_named(table_name) : NULL;
	if (table == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid table_name \"%s\" in campaign.removed_shipped_rows",
						table_name != NULL ? table_name : "null"),
				 errdetail("Only send_windows, phone_prefixes and closed_days have shipped rows.")));
	if (key != NULL && !recording_removal)
		delete_shipped_row(table, key);
	return PointerGetDatum(tuple);
}
