/*
 * dispatcher.c
 *	  Owns the dispatcher loop: the worker threads, their database sessions,
 *	  and the SQL conversation with the campaign extension.
 *
 * Each worker has its own connection and runs the same loop:
 *
 *	  LISTEN campaign_messages                       (again after every reconnect)
 *	  loop:
 *	    report what the last batch did               mark_sent(bigint[], text[]), mark_failed
 *	    record the receipts that arrived             record_delivery
 *	    claim a batch                                claim_messages($1, $2)
 *	    hand each message to the aggregator          (reporting every 100 ms on the way)
 *	    nothing claimed: sleep until a notification, a timer, or --poll-interval
 *
 * Threads rather than processes: one process prints one summary, enforces one
 * --max-messages budget and one idle timeout, and shares one aggregator (whose
 * receipts may be recorded by any worker, as webhooks would land anywhere);
 * libpq is thread-safe as long as a connection is used by one thread, which
 * is the rule here. The database does the coordination that matters: claims
 * use SKIP LOCKED, so workers never get the same message and never wait for
 * each other.
 *
 * What the aggregator accepted must reach mark_sent, or the lease runs out
 * and the message is sent twice; so outcomes stay in the worker until the
 * database took them, across reconnections. mark_sent is idempotent, which
 * makes repeating it after a lost answer safe.
 */
#define _POSIX_C_SOURCE 200809L

#include <inttypes.h>
#include <poll.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "backoff.h"
#include "dispatcher.h"
#include "retry_book.h"

/* Receipts the database refused (not yet marked sent?) are tried this often. */
#define RECEIPT_TRIES 8
#define RECEIPT_RETRY_BASE_MS 100
#define RECEIPT_RETRY_MAX_MS 5000

/*
 * While a batch is being sent, what the aggregator accepted is reported at
 * least this often: a slow aggregator does not leave accepted messages
 * unrecorded for long (they would be sent again if we crashed), nor let
 * their receipts arrive before mark_sent.
 */
#define REPORT_EVERY_MS 100

/* Reconnection backoff. */
#define RECONNECT_BASE_MS 200
#define RECONNECT_MAX_MS 10000

#define CLAIM_SQL \
	"SELECT message_id, campaign_id, site_id, subscriber_id, phone, body" \
	"  FROM campaign.claim_messages($1::integer, $2::interval)"
#define MARK_SENT_BATCH_SQL \
	"SELECT campaign.mark_sent($1::bigint[], $2::text[])"
#define MARK_SENT_ONE_SQL \
	"SELECT campaign.mark_sent($1::bigint, $2::text)"
/* retry_at on the database's clock; a null delay makes it null: final */
#define MARK_FAILED_SQL \
	"SELECT campaign.mark_failed($1::bigint, $2::text, campaign.now() + $3::interval)"
#define RECORD_DELIVERY_SQL \
	"SELECT campaign.record_delivery($1::text, $2::boolean, $3::text)"

/* State of the whole process, shared by the workers under `lock`. */
typedef struct Shared
{
	const DispatcherConfig *config;
	Aggregator *aggregator;
	RetryBook  *retries;
	int			stop_fd;		/* readable once SIGINT or SIGTERM arrived */
	pthread_mutex_t lock;
	DispatcherStats stats;
	int64_t		budget_left;	/* messages --max-messages still allows; -1: no limit */
	int64_t		last_claim_ms;	/* when a claim last returned messages */
} Shared;

/* A mark_failed to make. */
typedef struct FailureReport
{
	int64_t		message_id;
	int64_t		retry_in_ms;	/* -1: final */
	char		error[AGGREGATOR_ERROR_MAX];
} FailureReport;

/* A receipt the database did not take yet. */
typedef struct PendingReceipt
{
	DeliveryReceipt receipt;
	int			tries;
	int64_t		due_ms;
} PendingReceipt;

typedef struct Worker
{
	Shared	   *shared;
	int			number;
	PGconn	   *conn;
	Rng			rng;
	pthread_t	thread;

	/* outcomes of the last batch that the database has not taken yet */
	int64_t    *sent_ids;
	char		(*sent_providers)[AGGREGATOR_ID_MAX];
	int			n_sent;
	FailureReport *failures;
	int			n_failures;

	/* receipts to try again, and scratch space for a poll */
	PendingReceipt *backlog;
	int			n_backlog;
	int			backlog_capacity;
	DeliveryReceipt *polled;

	/* when retries this worker asked for fall due: it wakes up for them */
	int64_t    *wakeups;
	int			n_wakeups;
	int			wakeup_capacity;
} Worker;

/*
 * Print a line to stderr when the configured verbosity asks for it. Errors
 * (VERBOSITY_QUIET) are always printed.
 */
static void
say(const Shared *shared, Verbosity level, const char *format,...)
{
	va_list		args;
	char		line[1024];

	if (shared->config->verbosity < level)
		return;
	va_start(args, format);
	vsnprintf(line, sizeof(line), format, args);
	va_end(args);
	fprintf(stderr, "campaign-dispatcher: %s\n", line);
}

/* Add to the shared counters under the lock. */
static void
count(Shared *shared, int64_t *counter, int64_t amount)
{
	pthread_mutex_lock(&shared->lock);
	*counter += amount;
	pthread_mutex_unlock(&shared->lock);
}

/* True once SIGINT or SIGTERM arrived (main.c writes to the pipe). */
static bool
stop_requested(const Shared *shared)
{
	struct pollfd fd = {.fd = shared->stop_fd,.events = POLLIN};

	return poll(&fd, 1, 0) > 0;
}

/*
 * Wait up to ms, or less if a stop is requested: a worker sleeping in a
 * backoff must still leave promptly on SIGTERM.
 */
static void
wait_or_stop(const Shared *shared, int64_t ms)
{
	struct pollfd fd = {.fd = shared->stop_fd,.events = POLLIN};

	if (ms > 0)
		poll(&fd, 1, ms > INT32_MAX ? INT32_MAX : (int) ms);
}

/*
 * The first line of a libpq message, without its newline: log lines stay
 * one line each.
 */
static const char *
first_line(const char *message, char *buffer, size_t size)
{
	snprintf(buffer, size, "%.*s", (int) strcspn(message, "\n"), message);
	return buffer;
}

/*
 * libpq's notice processor for our sessions: server notices and the error a
 * terminated session receives while idle go to our log, one line each,
 * instead of libpq's default bare print to stderr.
 */
static void
log_notice(void *argument, const char *message)
{
	Worker	   *worker = argument;
	char		line[512];

	say(worker->shared, VERBOSITY_NORMAL, "worker %d: server says: %s", worker->number,
		first_line(message, line, sizeof(line)));
}

/*
 * A failed call lost the session (rather than being refused by the
 * database): the socket is gone, the connection class 08 reported it, or the
 * server ended the session (57P01 pg_terminate_backend or a shutdown, 57P02
 * crash, 57P03 starting up, 57P05 idle session timeout).
 */
static bool
session_lost(PGconn *conn, const PGresult *result)
{
	const char *sqlstate = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : NULL;

	if (PQstatus(conn) == CONNECTION_BAD)
		return true;
	return sqlstate != NULL &&
		(strncmp(sqlstate, "08", 2) == 0 || strncmp(sqlstate, "57P0", 4) == 0);
}

/* The database's refusal in one line: "SQLSTATE: message". */
static const char *
refusal(const PGresult *result, char *buffer, size_t size)
{
	const char *sqlstate = PQresultErrorField(result, PG_DIAG_SQLSTATE);
	const char *message = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);

	snprintf(buffer, size, "%s: %s", sqlstate ? sqlstate : "?????",
			 message ? message : PQresultErrorMessage(result));
	return buffer;
}

/*
 * Run one parameterized statement. Returns 1 when it succeeded, 0 when the
 * database refused it (the reason is logged, with `what`), -1 when the
 * session was lost. Values always travel as parameters, never inside SQL.
 */
static int
run(Worker *worker, const char *what, const char *sql, int n_params,
	const char *const *values, PGresult **result_out)
{
	PGresult   *result = PQexecParams(worker->conn, sql, n_params, NULL, values, NULL, NULL, 0);
	ExecStatusType status = PQresultStatus(result);
	char		reason[512];

	if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK)
	{
		if (result_out)
			*result_out = result;
		else
			PQclear(result);
		return 1;
	}
	if (session_lost(worker->conn, result))
	{
		PQclear(result);
		return -1;
	}
	say(worker->shared, VERBOSITY_QUIET, "worker %d: %s refused: %s",
		worker->number, what, refusal(result, reason, sizeof(reason)));
	PQclear(result);
	count(worker->shared, &worker->shared->stats.errors, 1);
	return 0;
}

/*
 * Open a session and LISTEN. The connection string may set anything; we only
 * supply defaults it can override: a connect timeout, so that a dead server
 * does not hang a reconnection, and the application name the test and the
 * operator see in pg_stat_activity.
 */
static bool
open_session(Worker *worker, char *error, size_t error_size)
{
	const char *keywords[] = {"connect_timeout", "dbname", "fallback_application_name", NULL};
	const char *values[] = {"10", worker->shared->config->dsn, "campaign-dispatcher", NULL};
	PGresult   *result;

	worker->conn = PQconnectdbParams(keywords, values, 1);
	if (worker->conn == NULL || PQstatus(worker->conn) != CONNECTION_OK)
	{
		first_line(worker->conn ? PQerrorMessage(worker->conn) : "out of memory", error, error_size);
		PQfinish(worker->conn);
		worker->conn = NULL;
		return false;
	}
	PQsetNoticeProcessor(worker->conn, log_notice, worker);
	result = PQexec(worker->conn, "LISTEN campaign_messages");
	if (PQresultStatus(result) != PGRES_COMMAND_OK)
	{
		char		line[256];

		snprintf(error, error_size, "LISTEN failed: %s",
				 first_line(PQerrorMessage(worker->conn), line, sizeof(line)));
		PQclear(result);
		PQfinish(worker->conn);
		worker->conn = NULL;
		return false;
	}
	PQclear(result);
	return true;
}

/* Close a session that was lost; the loop reconnects before the next call. */
static void
drop_session(Worker *worker)
{
	char		line[512];

	say(worker->shared, VERBOSITY_NORMAL, "worker %d: connection lost: %s", worker->number,
		first_line(PQerrorMessage(worker->conn), line, sizeof(line)));
	PQfinish(worker->conn);
	worker->conn = NULL;
}

/*
 * Open a new session after a loss, with exponential backoff and jitter
 * between attempts so that a restarting server is not hammered by every
 * worker at once. Returns false only when a stop was requested meanwhile.
 */
static bool
reconnect(Worker *worker)
{
	Shared	   *shared = worker->shared;
	char		error[512];

	for (int attempt = 0;; attempt++)
	{
		if (attempt > 0)
			wait_or_stop(shared, backoff_ms(attempt, RECONNECT_BASE_MS, RECONNECT_MAX_MS, &worker->rng));
		if (stop_requested(shared))
			return false;
		if (open_session(worker, error, sizeof(error)))
		{
			count(shared, &shared->stats.reconnects, 1);
			say(shared, VERBOSITY_NORMAL, "worker %d: reconnected after %d attempt%s",
				worker->number, attempt + 1, attempt ? "s" : "");
			return true;
		}
		say(shared, VERBOSITY_NORMAL, "worker %d: reconnection attempt %d failed: %s",
			worker->number, attempt + 1, error);
	}
}

/*
 * "{1,2,3}": a bigint[] parameter in PostgreSQL's array input syntax.
 * Caller frees.
 */
static char *
bigint_array_literal(const int64_t *ids, int n)
{
	char	   *literal = malloc((size_t) n * 21 + 3);
	char	   *at = literal;

	if (literal == NULL)
		return NULL;
	*at++ = '{';
	for (int i = 0; i < n; i++)
		at += sprintf(at, "%s%" PRId64, i ? "," : "", ids[i]);
	strcpy(at, "}");
	return literal;
}

/*
 * {"a","b\"c"}: a text[] parameter, every element quoted and its quotes and
 * backslashes escaped, so that any provider id arrives intact. Caller frees.
 */
static char *
text_array_literal(char (*items)[AGGREGATOR_ID_MAX], int n)
{
	char	   *literal = malloc((size_t) n * (2 * AGGREGATOR_ID_MAX + 3) + 3);
	char	   *at = literal;

	if (literal == NULL)
		return NULL;
	*at++ = '{';
	for (int i = 0; i < n; i++)
	{
		if (i)
			*at++ = ',';
		*at++ = '"';
		for (const char *c = items[i]; *c; c++)
		{
			if (*c == '"' || *c == '\\')
				*at++ = '\\';
			*at++ = *c;
		}
		*at++ = '"';
	}
	strcpy(at, "}");
	return literal;
}

/* Remember when a retry we asked for falls due, to wake up for it. */
static void
add_wakeup(Worker *worker, int64_t due_ms)
{
	if (worker->n_wakeups == worker->wakeup_capacity)
	{
		int			capacity = worker->wakeup_capacity ? worker->wakeup_capacity * 2 : 64;
		int64_t    *grown = realloc(worker->wakeups, (size_t) capacity * sizeof(int64_t));

		if (grown != NULL)
		{
			worker->wakeups = grown;
			worker->wakeup_capacity = capacity;
		}
	}
	if (worker->n_wakeups < worker->wakeup_capacity)
		worker->wakeups[worker->n_wakeups++] = due_ms;
}

/*
 * mark_sent one message at a time: the fallback when the batch call was
 * refused, so that one message the database will not take (its lease ran out
 * and another dispatcher failed it, say) does not hold back the others.
 * Returns false when the session was lost; the messages not yet reported
 * stay at the front of the arrays.
 */
static bool
report_sent_one_by_one(Worker *worker)
{
	Shared	   *shared = worker->shared;

	while (worker->n_sent > 0)
	{
		int			last = worker->n_sent - 1;
		char		id[24];
		const char *values[2] = {id, worker->sent_providers[last]};
		int			done;

		snprintf(id, sizeof(id), "%" PRId64, worker->sent_ids[last]);
		done = run(worker, "mark_sent", MARK_SENT_ONE_SQL, 2, values, NULL);
		if (done < 0)
			return false;
		if (done > 0)
			count(shared, &shared->stats.sent, 1);
		retry_book_forget(shared->retries, worker->sent_ids[last]);
		worker->n_sent--;
	}
	return true;
}

/*
 * Tell the database what the aggregator did with the last batch: one
 * mark_sent for every accepted message (one round trip), one mark_failed per
 * refusal. Returns false when the session was lost before everything was
 * taken; what remains is reported after reconnecting.
 */
static bool
report_outcomes(Worker *worker)
{
	Shared	   *shared = worker->shared;

	if (worker->n_sent > 0)
	{
		char	   *ids = bigint_array_literal(worker->sent_ids, worker->n_sent);
		char	   *providers = text_array_literal(worker->sent_providers, worker->n_sent);
		const char *values[2] = {ids, providers};
		int			done = (ids && providers)
			? run(worker, "mark_sent (batch)", MARK_SENT_BATCH_SQL, 2, values, NULL) : 0;

		free(ids);
		free(providers);
		if (done < 0)
			return false;
		if (done > 0)
		{
			count(shared, &shared->stats.sent, worker->n_sent);
			for (int i = 0; i < worker->n_sent; i++)
				retry_book_forget(shared->retries, worker->sent_ids[i]);
			worker->n_sent = 0;
		}
		else if (!report_sent_one_by_one(worker))
			return false;
	}

	while (worker->n_failures > 0)
	{
		FailureReport *failure = &worker->failures[worker->n_failures - 1];
		char		id[24];
		char		delay[32];
		const char *values[3] = {id, failure->error, failure->retry_in_ms >= 0 ? delay : NULL};
		int			done;

		snprintf(id, sizeof(id), "%" PRId64, failure->message_id);
		snprintf(delay, sizeof(delay), "%" PRId64 " milliseconds", failure->retry_in_ms);
		done = run(worker, "mark_failed", MARK_FAILED_SQL, 3, values, NULL);
		if (done < 0)
			return false;
		if (done > 0 && failure->retry_in_ms >= 0)
		{
			/*
			 * retry_at is the statement's start plus the delay: waking the
			 * delay after its answer is never early.
			 */
			add_wakeup(worker, monotonic_ms() + failure->retry_in_ms);
			count(shared, &shared->stats.retried, 1);
		}
		else if (done > 0)
			count(shared, &shared->stats.failed, 1);
		worker->n_failures--;
	}
	return true;
}

/* Keep a receipt to try again later, or give it up after RECEIPT_TRIES. */
static void
defer_receipt(Worker *worker, const DeliveryReceipt *receipt, int tries)
{
	Shared	   *shared = worker->shared;
	PendingReceipt *entry;

	if (tries >= RECEIPT_TRIES)
	{
		say(shared, VERBOSITY_QUIET, "worker %d: receipt for %s given up after %d tries",
			worker->number, receipt->provider_id, tries);
		count(shared, &shared->stats.errors, 1);
		return;
	}
	if (worker->n_backlog == worker->backlog_capacity)
	{
		int			capacity = worker->backlog_capacity ? worker->backlog_capacity * 2 : 64;
		PendingReceipt *grown = realloc(worker->backlog, (size_t) capacity * sizeof(PendingReceipt));

		if (grown == NULL)
		{
			say(shared, VERBOSITY_QUIET, "worker %d: out of memory, receipt for %s lost",
				worker->number, receipt->provider_id);
			count(shared, &shared->stats.errors, 1);
			return;
		}
		worker->backlog = grown;
		worker->backlog_capacity = capacity;
	}
	entry = &worker->backlog[worker->n_backlog++];
	entry->receipt = *receipt;
	entry->tries = tries;
	entry->due_ms = monotonic_ms() +
		(tries ? backoff_ms(tries, RECEIPT_RETRY_BASE_MS, RECEIPT_RETRY_MAX_MS, &worker->rng) : 0);
}

/*
 * Record one receipt. A refusal is usually a race with our own reporting: the
 * receipt came back before mark_sent recorded the provider id (another
 * worker's batch, or one waiting for a reconnection). So a refused receipt is
 * tried again with backoff. Returns false when the session was lost.
 */
static bool
record_receipt(Worker *worker, const DeliveryReceipt *receipt, int tries)
{
	Shared	   *shared = worker->shared;
	const char *values[3] = {receipt->provider_id, receipt->delivered ? "true" : "false",
		receipt->delivered ? NULL : receipt->error};
	PGresult   *result = PQexecParams(worker->conn, RECORD_DELIVERY_SQL, 3, NULL, values, NULL, NULL, 0);
	char		reason[512];

	if (PQresultStatus(result) == PGRES_TUPLES_OK)
	{
		PQclear(result);
		count(shared, receipt->delivered ? &shared->stats.delivered : &shared->stats.undelivered, 1);
		say(shared, VERBOSITY_VERBOSE, "worker %d: %s %s", worker->number,
			receipt->provider_id, receipt->delivered ? "delivered" : "undelivered");
		return true;
	}
	if (session_lost(worker->conn, result))
	{
		PQclear(result);
		defer_receipt(worker, receipt, tries);
		return false;
	}
	say(shared, VERBOSITY_VERBOSE, "worker %d: receipt for %s refused (try %d): %s",
		worker->number, receipt->provider_id, tries + 1, refusal(result, reason, sizeof(reason)));
	PQclear(result);
	defer_receipt(worker, receipt, tries + 1);
	return true;
}

/*
 * Record the receipts that are due: first those deferred earlier whose time
 * came, then the ones the aggregator has now. Returns false when the session
 * was lost (the rest wait in the backlog).
 */
static bool
record_receipts(Worker *worker)
{
	Shared	   *shared = worker->shared;
	Aggregator *aggregator = shared->aggregator;
	int64_t		now = monotonic_ms();
	int			kept = 0;
	int			n_due = 0;
	int			polled;
	PendingReceipt *due = NULL;

	/* take the due entries out first: a refused one re-enters the backlog */
	if (worker->n_backlog > 0 && (due = malloc((size_t) worker->n_backlog * sizeof(PendingReceipt))) != NULL)
	{
		for (int i = 0; i < worker->n_backlog; i++)
		{
			if (worker->backlog[i].due_ms <= now)
				due[n_due++] = worker->backlog[i];
			else
				worker->backlog[kept++] = worker->backlog[i];
		}
		worker->n_backlog = kept;
	}
	for (int i = 0; i < n_due; i++)
	{
		if (!record_receipt(worker, &due[i].receipt, due[i].tries))
		{
			for (int rest = i + 1; rest < n_due; rest++)
				defer_receipt(worker, &due[rest].receipt, due[rest].tries);
			free(due);
			return false;
		}
	}
	free(due);

	polled = aggregator->poll_receipts(aggregator->state, worker->polled, shared->config->batch_size);
	for (int i = 0; i < polled; i++)
	{
		if (!record_receipt(worker, &worker->polled[i], 0))
		{
			for (int rest = i + 1; rest < polled; rest++)
				defer_receipt(worker, &worker->polled[rest], 0);
			return false;
		}
	}
	return true;
}

/* Take up to a batch from the --max-messages budget; 0 when it is spent. */
static int
reserve_budget(Shared *shared)
{
	int			limit = shared->config->batch_size;

	pthread_mutex_lock(&shared->lock);
	if (shared->budget_left >= 0)
	{
		if (shared->budget_left < limit)
			limit = (int) shared->budget_left;
		shared->budget_left -= limit;
	}
	pthread_mutex_unlock(&shared->lock);
	return limit;
}

/* Give back the part of a reservation that the claim did not use. */
static void
release_budget(Shared *shared, int unused)
{
	pthread_mutex_lock(&shared->lock);
	if (shared->budget_left >= 0)
		shared->budget_left += unused;
	pthread_mutex_unlock(&shared->lock);
}

/*
 * Sort the aggregator's answer for one message into the outcomes to report.
 * A transient error becomes a retry after an exponential backoff, until the
 * message has failed --max-retries times: then it fails for good.
 */
static void
file_outcome(Worker *worker, int64_t message_id, const SendResult *result)
{
	Shared	   *shared = worker->shared;
	FailureReport *failure;
	int			failures;

	if (result->status == SEND_ACCEPTED)
	{
		worker->sent_ids[worker->n_sent] = message_id;
		snprintf(worker->sent_providers[worker->n_sent], AGGREGATOR_ID_MAX, "%s", result->provider_id);
		worker->n_sent++;
		return;
	}
	failure = &worker->failures[worker->n_failures++];
	failure->message_id = message_id;
	failure->retry_in_ms = -1;
	snprintf(failure->error, sizeof(failure->error), "%s", result->error);
	if (result->status == SEND_PERMANENT_ERROR)
	{
		retry_book_forget(shared->retries, message_id);
		return;
	}
	failures = retry_book_add_failure(shared->retries, message_id);
	if (failures > shared->config->max_retries)
	{
		snprintf(failure->error, sizeof(failure->error), "gave up after %d transient errors: %.200s",
				 failures, result->error);
		retry_book_forget(shared->retries, message_id);
		return;
	}
	failure->retry_in_ms = backoff_ms(failures, shared->config->retry_base_ms,
									  shared->config->retry_max_ms, &worker->rng);
}

/*
 * Claim a batch and hand every message to the aggregator, reporting the
 * outcomes every REPORT_EVERY_MS on the way (the rest at the top of the
 * loop). Returns how many were claimed, or -1 when the session was lost: a
 * claim whose answer was lost hands us nothing (its messages come back when
 * the lease runs out); a loss while reporting leaves the batch to be sent to
 * the end and its outcomes to be reported after reconnecting.
 */
static int
claim_and_send(Worker *worker)
{
	Shared	   *shared = worker->shared;
	const DispatcherConfig *config = shared->config;
	int			limit = reserve_budget(shared);
	char		limit_text[16];
	char		lease_text[32];
	const char *values[2] = {limit_text, lease_text};
	PGresult   *claimed = NULL;
	int			rows;
	int			done;
	int			accepted = 0;
	bool		lost = false;
	int64_t		started;
	int64_t		reported_at;
	int64_t		took;

	if (limit == 0)
		return 0;
	snprintf(limit_text, sizeof(limit_text), "%d", limit);
	snprintf(lease_text, sizeof(lease_text), "%d seconds", config->lease_seconds);
	done = run(worker, "claim_messages", CLAIM_SQL, 2, values, &claimed);
	if (done <= 0)
	{
		release_budget(shared, limit);
		return done;
	}
	rows = PQntuples(claimed);
	release_budget(shared, limit - rows);
	if (rows == 0)
	{
		PQclear(claimed);
		return 0;
	}

	started = reported_at = monotonic_ms();
	pthread_mutex_lock(&shared->lock);
	shared->stats.claimed += rows;
	shared->last_claim_ms = started;
	pthread_mutex_unlock(&shared->lock);

	for (int row = 0; row < rows; row++)
	{
		OutboundMessage message;
		SendResult	result;

		message.message_id = strtoll(PQgetvalue(claimed, row, 0), NULL, 10);
		message.campaign_id = strtoll(PQgetvalue(claimed, row, 1), NULL, 10);
		message.site_id = strtoll(PQgetvalue(claimed, row, 2), NULL, 10);
		message.subscriber_id = strtoll(PQgetvalue(claimed, row, 3), NULL, 10);
		message.phone = PQgetvalue(claimed, row, 4);
		message.body = PQgetvalue(claimed, row, 5);
		shared->aggregator->send(shared->aggregator->state, &message, &result);
		file_outcome(worker, message.message_id, &result);
		accepted += result.status == SEND_ACCEPTED;
		if (!lost && monotonic_ms() - reported_at >= REPORT_EVERY_MS)
		{
			lost = !report_outcomes(worker);
			reported_at = monotonic_ms();
		}
	}
	PQclear(claimed);

	took = monotonic_ms() - started;
	say(shared, VERBOSITY_VERBOSE, "worker %d: claimed %d, the aggregator accepted %d and refused %d, in %" PRId64 " ms",
		worker->number, rows, accepted, rows - accepted, took);
	if (took * 2 > (int64_t) config->lease_seconds * 1000)
		say(shared, VERBOSITY_QUIET,
			"worker %d: a batch took %" PRId64 " ms, more than half the %d s lease: "
			"raise --lease or lower --batch-size, or messages will be sent twice",
			worker->number, took, config->lease_seconds);
	return lost ? -1 : rows;
}

/* Nothing of ours is waiting to reach the database or to come back. */
static bool
nothing_outstanding(Worker *worker)
{
	Aggregator *aggregator = worker->shared->aggregator;
	int64_t		next_in_ms;

	return worker->n_sent == 0 && worker->n_failures == 0 && worker->n_backlog == 0 &&
		aggregator->receipts_expected(aggregator->state, &next_in_ms) == 0;
}

/* When a claim of any worker last returned messages. */
static int64_t
last_claim(Shared *shared)
{
	int64_t		since;

	pthread_mutex_lock(&shared->lock);
	since = shared->last_claim_ms;
	pthread_mutex_unlock(&shared->lock);
	return since;
}

/*
 * Whether this worker is done: a stop was requested, or (with nothing
 * outstanding) the --max-messages budget is spent or, when the claim just
 * made found nothing, nothing was claimed for --exit-when-idle seconds. A
 * retry due later than that is left to the next run: it is back in the
 * queue, not in our hands.
 */
static bool
should_exit(Worker *worker, bool found_nothing)
{
	Shared	   *shared = worker->shared;
	const DispatcherConfig *config = shared->config;
	bool		budget_spent;

	if (stop_requested(shared))
		return true;
	if (!nothing_outstanding(worker))
		return false;
	pthread_mutex_lock(&shared->lock);
	budget_spent = shared->budget_left == 0;
	pthread_mutex_unlock(&shared->lock);
	if (budget_spent)
		return true;
	return found_nothing && config->exit_when_idle_s >= 0 &&
		monotonic_ms() - last_claim(shared) >= (int64_t) config->exit_when_idle_s * 1000;
}

/* Lower *timeout to `in_ms` when that is sooner (and not negative). */
static void
sooner(int64_t *timeout, int64_t in_ms)
{
	if (in_ms < 0)
		in_ms = 0;
	if (in_ms < *timeout)
		*timeout = in_ms;
}

/*
 * How long to sleep: until --poll-interval at most, or sooner when a receipt
 * is due, a deferred receipt or a retry we asked for falls due, or the idle
 * timeout ends. Retries are woken for because no notification announces
 * them.
 */
static int64_t
wait_timeout(Worker *worker)
{
	Shared	   *shared = worker->shared;
	const DispatcherConfig *config = shared->config;
	Aggregator *aggregator = shared->aggregator;
	int64_t		now = monotonic_ms();
	int64_t		timeout = config->poll_interval_ms;
	int64_t		next_receipt;
	int			kept = 0;

	if (aggregator->receipts_expected(aggregator->state, &next_receipt) > 0 && next_receipt >= 0)
		sooner(&timeout, next_receipt);
	for (int i = 0; i < worker->n_backlog; i++)
		sooner(&timeout, worker->backlog[i].due_ms - now);
	for (int i = 0; i < worker->n_wakeups; i++)
	{
		/* a wakeup in the past was used by the claim that just ran */
		if (worker->wakeups[i] > now)
		{
			sooner(&timeout, worker->wakeups[i] - now);
			worker->wakeups[kept++] = worker->wakeups[i];
		}
	}
	worker->n_wakeups = kept;
	if (config->exit_when_idle_s >= 0)
	{
		int64_t		idle_end = last_claim(shared) + (int64_t) config->exit_when_idle_s * 1000;

		if (idle_end > now)
			sooner(&timeout, idle_end - now);
	}
	return timeout;
}

/*
 * Sleep until a notification, a timer or a stop. A notification that arrived
 * while we were busy is already queued in libpq: then we do not sleep at all,
 * since the messages it announces may have become due after our last claim.
 * Returns false when the session was lost.
 */
static bool
wait_for_work(Worker *worker)
{
	Shared	   *shared = worker->shared;
	struct pollfd fds[2];
	PGnotify   *notify;
	bool		notified = false;
	int64_t		timeout;

	while ((notify = PQnotifies(worker->conn)) != NULL)
	{
		notified = true;
		PQfreemem(notify);
	}
	if (notified)
		return true;

	timeout = wait_timeout(worker);
	fds[0].fd = PQsocket(worker->conn);
	fds[0].events = POLLIN;
	fds[1].fd = shared->stop_fd;
	fds[1].events = POLLIN;
	if (poll(fds, 2, timeout > INT32_MAX ? INT32_MAX : (int) timeout) <= 0 || !(fds[0].revents))
		return true;
	if (!PQconsumeInput(worker->conn))
		return false;
	while ((notify = PQnotifies(worker->conn)) != NULL)
	{
		say(shared, VERBOSITY_VERBOSE, "worker %d: notified on %s", worker->number, notify->relname);
		PQfreemem(notify);
	}
	return PQstatus(worker->conn) == CONNECTION_OK;
}

/*
 * A worker thread: the loop of the file comment until should_exit, with a
 * reconnection wherever the session was lost.
 */
static void *
worker_main(void *argument)
{
	Worker	   *worker = argument;
	Shared	   *shared = worker->shared;

	for (;;)
	{
		int			claimed;

		if (worker->conn == NULL && !reconnect(worker))
			break;
		if (!report_outcomes(worker) || !record_receipts(worker))
		{
			drop_session(worker);
			continue;
		}
		if (should_exit(worker, false))
			break;
		claimed = claim_and_send(worker);
		if (claimed < 0)
			drop_session(worker);
		else if (claimed == 0 && should_exit(worker, true))
			break;
		else if (claimed == 0 && !wait_for_work(worker))
			drop_session(worker);
	}

	/* stopping: receipts deferred for later get one last try now */
	if (worker->conn != NULL && worker->n_backlog > 0)
	{
		for (int i = 0; i < worker->n_backlog; i++)
			worker->backlog[i].due_ms = 0;
		record_receipts(worker);
	}
	if (worker->n_sent + worker->n_failures > 0)
		say(shared, VERBOSITY_QUIET,
			"worker %d: stopped with %d outcomes unreported: their leases will run out and "
			"the messages will be dispatched again", worker->number,
			worker->n_sent + worker->n_failures);
	if (worker->n_backlog > 0)
		say(shared, VERBOSITY_NORMAL, "worker %d: stopped with %d receipts unrecorded",
			worker->number, worker->n_backlog);
	PQfinish(worker->conn);
	worker->conn = NULL;
	return NULL;
}

/* Free what a worker allocated (its connection is already closed). */
static void
free_worker(Worker *worker)
{
	PQfinish(worker->conn);
	free(worker->sent_ids);
	free(worker->sent_providers);
	free(worker->failures);
	free(worker->backlog);
	free(worker->polled);
	free(worker->wakeups);
}

/*
 * Run the dispatcher: open every worker's session first (a wrong connection
 * string fails here, at once, rather than as an endless reconnection), start
 * the threads, wait for them and return the counts. Returns false when it
 * could not start.
 */
bool
dispatcher_run(const DispatcherConfig *config, Aggregator *aggregator, int stop_fd,
			   DispatcherStats *stats)
{
	Shared		shared;
	Worker	   *workers = calloc((size_t) config->concurrency, sizeof(Worker));
	bool		started = workers != NULL;
	int			running = 0;
	char		error[512];

	memset(&shared, 0, sizeof(shared));
	shared.config = config;
	shared.aggregator = aggregator;
	shared.retries = retry_book_create();
	shared.stop_fd = stop_fd;
	shared.budget_left = config->max_messages > 0 ? config->max_messages : -1;
	shared.last_claim_ms = monotonic_ms();
	pthread_mutex_init(&shared.lock, NULL);
	if (shared.retries == NULL)
		started = false;

	for (int i = 0; started && i < config->concurrency; i++)
	{
		Worker	   *worker = &workers[i];
		size_t		batch = (size_t) config->batch_size;

		worker->shared = &shared;
		worker->number = i + 1;
		rng_seed(&worker->rng, config->seed + (uint64_t) i + 1);
		worker->sent_ids = malloc(batch * sizeof(int64_t));
		worker->sent_providers = malloc(batch * AGGREGATOR_ID_MAX);
		worker->failures = malloc(batch * sizeof(FailureReport));
		worker->polled = malloc(batch * sizeof(DeliveryReceipt));
		if (!worker->sent_ids || !worker->sent_providers || !worker->failures || !worker->polled)
		{
			say(&shared, VERBOSITY_QUIET, "out of memory");
			started = false;
		}
		else if (!open_session(worker, error, sizeof(error)))
		{
			say(&shared, VERBOSITY_QUIET, "cannot connect: %s", error);
			started = false;
		}
	}
	for (int i = 0; started && i < config->concurrency; i++)
	{
		if (pthread_create(&workers[i].thread, NULL, worker_main, &workers[i]) != 0)
		{
			/* those already running go on; with none, there is nothing to run */
			say(&shared, VERBOSITY_QUIET, "cannot start worker %d", i + 1);
			started = running > 0;
			break;
		}
		running++;
	}
	if (running > 0)
		say(&shared, VERBOSITY_NORMAL, "%d workers on the %s aggregator, batches of %d, lease %d s",
			running, aggregator->name, config->batch_size, config->lease_seconds);

	for (int i = 0; i < running; i++)
		pthread_join(workers[i].thread, NULL);
	*stats = shared.stats;

	for (int i = 0; workers != NULL && i < config->concurrency; i++)
		free_worker(&workers[i]);
	free(workers);
	retry_book_destroy(shared.retries);
	pthread_mutex_destroy(&shared.lock);
	return started;
}
