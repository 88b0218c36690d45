/*
 * dispatcher.h
 *	  What main.c configures and what the dispatcher loop reports back.
 */
#ifndef DISPATCHER_DISPATCHER_H
#define DISPATCHER_DISPATCHER_H

#include <stdbool.h>
#include <stdint.h>

#include "aggregator.h"

typedef enum Verbosity
{
	VERBOSITY_QUIET,			/* errors and the summary only */
	VERBOSITY_NORMAL,			/* also connections lost and regained */
	VERBOSITY_VERBOSE			/* also every batch, notification and receipt */
} Verbosity;

typedef struct DispatcherConfig
{
	const char *dsn;			/* libpq connection string; "" for PG* variables */
	int			batch_size;		/* max_messages of one claim_messages call */
	int			concurrency;	/* worker threads, one connection each */
	int			lease_seconds;	/* lease of one claim */
	int			poll_interval_ms;	/* longest wait without a notification */
	int64_t		max_messages;	/* claim at most this many in all; 0: no limit */
	int			exit_when_idle_s;	/* exit after this long without work; -1: never */
	int			max_retries;	/* transient errors of one message before it fails */
	int			retry_base_ms;	/* first retry delay ceiling */
	int			retry_max_ms;	/* largest retry delay ceiling */
	uint64_t	seed;
	Verbosity	verbosity;
} DispatcherConfig;

/* Messages, as this process saw them; printed as the summary line. */
typedef struct DispatcherStats
{
	int64_t		claimed;		/* handed to us by claim_messages */
	int64_t		sent;			/* recorded by mark_sent */
	int64_t		failed;			/* recorded by mark_failed, final */
	int64_t		retried;		/* recorded by mark_failed with retry_at */
	int64_t		delivered;		/* receipts recorded as delivered */
	int64_t		undelivered;	/* receipts recorded as undelivered */
	int64_t		reconnects;		/* sessions re-opened after a loss */
	int64_t		errors;			/* calls the database refused, receipts given up */
} DispatcherStats;

bool		dispatcher_run(const DispatcherConfig *config, Aggregator *aggregator,
						   int stop_fd, DispatcherStats *stats);

#endif
