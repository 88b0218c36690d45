/*
 * worker.c
 *	  The background worker that drives campaigns when the library is in
 *	  shared_preload_libraries.
 *
 * Without it a platform calls campaign.tick() itself, from its application or
 * from pg_cron; with it, the database runs the same code on its own, every
 * campaign.tick_interval, in its own transactions, repeating at once while a
 * tick reports work. It follows PostgreSQL's worker_spi: latch waits that end
 * with the postmaster, SIGHUP reloading the settings, SIGTERM ending it.
 * A campaign that fails is handled inside tick (a WARNING, a row of
 * campaign.tick_errors, the other campaigns go on) and counts as no work, so
 * the worker waits one interval before trying it again rather than spin. An
 * error that ends a whole tick is logged and the worker goes on after one
 * interval: it must not take the server down.
 *
 * One worker per database of campaign.database, a list: a server that holds
 * several shards (docs/scale-out.md), each a database with the extension,
 * ticks each of them, in parallel and independently, as one server ticks its
 * one database.
 */
#include "postgres.h"

#include "access/xact.h"
#include "commands/extension.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "pgstat.h"
#include "postmaster/bgworker.h"
#include "postmaster/interrupt.h"
#include "storage/ipc.h"
#include "storage/latch.h"
#include "storage/proc.h"
#include "tcop/utility.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"
#include "utils/varlena.h"
#include "utils/wait_event.h"

#include "work.h"
#include "spi_util.h"

PGDLLEXPORT void campaign_worker_main(Datum main_arg);

/* Databases one server's workers may tick: far more than shards a server holds. */
#define MAX_TICK_DATABASES 64

static int	tick_interval_ms = 1000;
static int	worker_batch_size = 10000;
static char *worker_databases = NULL;

/*
 * The names of campaign.database, a list separated by commas (each name may
 * be double-quoted), into names; false when it is not a list of 1 to
 * MAX_TICK_DATABASES names. Works on a copy.
 */
static bool
split_databases(const char *value, List **names)
{
	char	   *copy = pstrdup(value);

	*names = NIL;
	return SplitGUCList(copy, ',', names) && *names != NIL &&
		list_length(*names) <= MAX_TICK_DATABASES;
}

/* GUC check hook of campaign.database: the server refuses to start on a bad list. */
static bool
check_databases(char **newval, void **extra, GucSource source)
{
	List	   *names;

	if (split_databases(*newval, &names))
		return true;
	GUC_check_errdetail("campaign.database is a list of 1 to %d database names separated by commas.",
						MAX_TICK_DATABASES);
	return false;
}

/*
 * The settings of the worker. The interval and batch size are defined in
 * every backend, so that SHOW works everywhere; the database, a postmaster
 * setting, and the worker itself only when the library is preloaded.
 */
void
worker_define_settings(void)
{
	DefineCustomIntVariable("campaign.tick_interval",
							"How long the background worker waits between ticks that found no work.",
							NULL,
							&tick_interval_ms,
							1000, 10, 3600 * 1000,
							PGC_SIGHUP,
							GUC_UNIT_MS,
							NULL, NULL, NULL);
	DefineCustomIntVariable("campaign.batch_size",
							"Subscribers the background worker processes per tick.",
							NULL,
							&worker_batch_size,
							10000, 1, 1000000,
							PGC_SIGHUP,
							0,
							NULL, NULL, NULL);
	/* a postmaster setting can only be defined while the server starts */
	if (!process_shared_preload_libraries_in_progress)
		return;
	DefineCustomStringVariable("campaign.database",
							   "The databases whose campaigns the background workers drive, separated by commas: one worker each.",
							   NULL,
							   &worker_databases,
							   "postgres",
							   PGC_POSTMASTER,
							   GUC_LIST_INPUT,
							   check_databases, NULL, NULL);
}

/*
 * Register one worker per database of campaign.database, its name in
 * bgw_extra. Called from _PG_init while shared_preload_libraries is being
 * processed; never during pg_upgrade, whose binary-upgrade server must not
 * run anything of ours. A database that does not exist (yet) has a worker
 * that logs so and is started again every 10 seconds.
 */
void
worker_register(void)
{
	List	   *names;
	ListCell   *cell;

	if (!process_shared_preload_libraries_in_progress || IsBinaryUpgrade)
		return;
	if (!split_databases(worker_databases, &names))
		elog(ERROR, "campaign: campaign.database passed its check but is not a list");

	foreach(cell, names)
	{
		const char *name = lfirst(cell);
		BackgroundWorker worker;

		memset(&worker, 0, sizeof(worker));
		worker.bgw_flags = BGWORKER_SHMEM_ACCESS | BGWORKER_BACKEND_DATABASE_CONNECTION;
		worker.bgw_start_time = BgWorkerStart_RecoveryFinished;
		worker.bgw_restart_time = 10;
		snprintf(worker.bgw_library_name, BGW_MAXLEN, "campaign");
		snprintf(worker.bgw_function_name, BGW_MAXLEN, "campaign_worker_main");
		snprintf(worker.bgw_name, BGW_MAXLEN, "campaign tick worker for %s", name);
		snprintf(worker.bgw_type, BGW_MAXLEN, "campaign tick worker");
		strlcpy(worker.bgw_extra, name, Min(BGW_EXTRALEN, NAMEDATALEN));
		RegisterBackgroundWorker(&worker);
	}
}

/*
 * One tick in its own transaction. Returns true when it did any work, so
 * that the caller ticks again at once; false when there was nothing to do or
 * the extension is not installed in the database (yet).
 */
static bool
run_one_tick(void)
{
	bool		worked = false;
	Oid			argtypes[1] = {INT4OID};
	Datum		values[1] = {Int32GetDatum(worker_batch_size)};

	SetCurrentStatementStartTimestamp();
	StartTransactionCommand();
	PushActiveSnapshot(GetTransactionSnapshot());
	pgstat_report_activity(STATE_RUNNING, "SELECT campaign.tick()");

	if (OidIsValid(get_extension_oid("campaign", true)))
	{
		if (SPI_connect() != SPI_OK_CONNECT)
			elog(ERROR, "campaign: SPI_connect failed");
		spi_exec("SELECT (t.campaigns_started + t.campaigns_failed + t.campaigns_finished) > 0"
				 "       OR t.subscribers_processed > 0"
				 "  FROM campaign.tick($1) AS t",
				 1, argtypes, values, NULL, false);
		if (SPI_processed == 1)
		{
			bool		isnull;

			worked = DatumGetBool(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
		}
		SPI_finish();
	}

	PopActiveSnapshot();
	CommitTransactionCommand();
	pgstat_report_stat(false);
	pgstat_report_activity(STATE_IDLE, NULL);
	return worked;
}

void
campaign_worker_main(Datum main_arg)
{
	MemoryContext tick_context;
	uint32		wait_event = PG_WAIT_EXTENSION;

	pqsignal(SIGHUP, SignalHandlerForConfigReload);
	pqsignal(SIGTERM, die);
	BackgroundWorkerUnblockSignals();

	BackgroundWorkerInitializeConnection(MyBgworkerEntry->bgw_extra, NULL, 0);
#if PG_VERSION_NUM >= 170000
	wait_event = WaitEventExtensionNew("CampaignTick");
#endif
	ereport(LOG,
			(errmsg("campaign tick worker started in database \"%s\"", MyBgworkerEntry->bgw_extra)));

	tick_context = AllocSetContextCreate(TopMemoryContext, "campaign tick worker",
										 ALLOCSET_DEFAULT_SIZES);

	for (;;)
	{
		volatile bool worked = false;

		CHECK_FOR_INTERRUPTS();
		if (ConfigReloadPending)
		{
			ConfigReloadPending = false;
			ProcessConfigFile(PGC_SIGHUP);
		}

		MemoryContextSwitchTo(tick_context);
		PG_TRY();
		{
			worked = run_one_tick();
		}
		PG_CATCH();
		{
			/* log it, roll back, and try again after one interval */
			HOLD_INTERRUPTS();
			MemoryContextSwitchTo(tick_context);
			EmitErrorReport();
			FlushErrorState();
			AbortOutOfAnyTransaction();
			pgstat_report_activity(STATE_IDLE, NULL);
			RESUME_INTERRUPTS();
			worked = false;
		}
		PG_END_TRY();
		MemoryContextSwitchTo(TopMemoryContext);
		MemoryContextReset(tick_context);

		if (worked)
			continue;

		(void) WaitLatch(MyLatch,
						 WL_LATCH_SET | WL_TIMEOUT | WL_EXIT_ON_PM_DEATH,
						 tick_interval_ms,
						 wait_event);
		ResetLatch(MyLatch);
	}
}
