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
#include "utils/wait_event.h"

#include "work.h"
#include "spi_util.h"

PGDLLEXPORT void campaign_worker_main(Datum main_arg);

static int	tick_interval_ms = 1000;
static int	worker_batch_size = 10000;
static char *worker_database = NULL;

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
							   "The database whose campaigns the background worker drives.",
							   NULL,
							   &worker_database,
							   "postgres",
							   PGC_POSTMASTER,
							   0,
							   NULL, NULL, NULL);
}

/*
 * Register the worker. Called from _PG_init while shared_preload_libraries
 * is being processed; never during pg_upgrade, whose binary-upgrade server
 * must not run anything of ours.
 */
void
worker_register(void)
{
	BackgroundWorker worker;

	if (!process_shared_preload_libraries_in_progress || IsBinaryUpgrade)
		return;

	memset(&worker, 0, sizeof(worker));
	worker.bgw_flags = BGWORKER_SHMEM_ACCESS | BGWORKER_BACKEND_DATABASE_CONNECTION;
	worker.bgw_start_time = BgWorkerStart_RecoveryFinished;
	worker.bgw_restart_time = 10;
	snprintf(worker.bgw_library_name, BGW_MAXLEN, "campaign");
	snprintf(worker.bgw_function_name, BGW_MAXLEN, "campaign_worker_main");
	snprintf(worker.bgw_name, BGW_MAXLEN, "campaign tick worker");
	snprintf(worker.bgw_type, BGW_MAXLEN, "campaign tick worker");
	RegisterBackgroundWorker(&worker);
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

	BackgroundWorkerInitializeConnection(worker_database, NULL, 0);
#if PG_VERSION_NUM >= 170000
	wait_event = WaitEventExtensionNew("CampaignTick");
#endif
	ereport(LOG,
			(errmsg("campaign tick worker started in database \"%s\"", worker_database)));

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
