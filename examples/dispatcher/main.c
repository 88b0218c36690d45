/*
 * main.c
 *	  Owns the command line of campaign-dispatcher: options and their checks,
 *	  --help, the signals that stop it, the choice of aggregator, and the
 *	  summary line printed at the end.
 *
 * Everything a deployment decides is here; the loop itself (dispatcher.c)
 * and the aggregator (aggregator.h) know nothing about the command line.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "aggregator.h"
#include "dispatcher.h"

/* Write end of the pipe that tells the workers to stop. */
static int stop_pipe_write = -1;

/* Print --help. */
static void
usage(FILE *out)
{
	fputs("campaign-dispatcher: sends the messages of the campaign extension through an aggregator\n"
		  "\n"
		  "Usage: campaign-dispatcher [OPTION]...\n"
		  "\n"
		  "Connection:\n"
		  "  --dsn=CONNINFO             libpq connection string or URI (default: PGHOST, PGDATABASE, ...)\n"
		  "\n"
		  "Dispatching:\n"
		  "  --batch-size=N             messages per claim_messages call (1-10000, default 100)\n"
		  "  --concurrency=N            worker threads, one connection each (1-256, default 4)\n"
		  "  --lease=SECONDS            how long a claimed message is ours (1-86400, default 30)\n"
		  "  --poll-interval=MS         longest sleep without a notification (10-3600000, default 1000)\n"
		  "  --max-retries=N            transient errors before a message fails (0-100, default 5)\n"
		  "  --retry-base-ms=MS         first retry delay ceiling; doubles each time (default 1000)\n"
		  "  --retry-max-ms=MS          largest retry delay ceiling (default 60000)\n"
		  "\n"
		  "Simulated aggregator:\n"
		  "  --latency-ms=MS            mean time of one send (0-60000, default 5)\n"
		  "  --receipt-delay-ms=MS      mean time until the delivery receipt (0-3600000, default 200)\n"
		  "  --undelivered-rate=R       share of messages the carrier filters (0-1, default 0.03)\n"
		  "  --transient-error-rate=R   share of sends refused for now (0-1, default 0.01)\n"
		  "  --permanent-error-rate=R   share of sends refused for good (0-1, default 0)\n"
		  "  --seed=N                   random seed (default: from the clock)\n"
		  "\n"
		  "Stopping (default: run until SIGINT or SIGTERM):\n"
		  "  --max-messages=N           claim at most N messages, finish them, exit\n"
		  "  --exit-when-idle=SECONDS   exit when nothing was claimed for that long and\n"
		  "                             nothing is left to report or to receive (0: as\n"
		  "                             soon as a claim finds nothing)\n"
		  "\n"
		  "Output:\n"
		  "  -q, --quiet                errors and the summary line only\n"
		  "  -v, --verbose              every batch, notification and receipt\n"
		  "  -h, --help                 this text\n"
		  "\n"
		  "Prints one summary line on stdout at the end:\n"
		  "  claimed=N sent=N failed=N retried=N delivered=N undelivered=N reconnects=N errors=N\n",
		  out);
}

/* Parse an integer option within [low, high], or exit with a message. */
static int64_t
integer_option(const char *name, const char *text, int64_t low, int64_t high)
{
	char	   *end;
	long long	value;

	errno = 0;
	value = strtoll(text, &end, 10);
	if (errno != 0 || end == text || *end != '\0' || value < low || value > high)
	{
		fprintf(stderr, "campaign-dispatcher: --%s must be an integer from %" PRId64 " to %" PRId64
				", not \"%s\"\n", name, low, high, text);
		exit(2);
	}
	return value;
}

/* Parse a rate option within [0, 1], or exit with a message. */
static double
rate_option(const char *name, const char *text)
{
	char	   *end;
	double		value;

	errno = 0;
	value = strtod(text, &end);
	if (errno != 0 || end == text || *end != '\0' || !(value >= 0.0 && value <= 1.0))
	{
		fprintf(stderr, "campaign-dispatcher: --%s must be a number from 0 to 1, not \"%s\"\n",
				name, text);
		exit(2);
	}
	return value;
}

/*
 * SIGINT/SIGTERM: make the stop pipe readable. Every worker polls it along
 * with its socket, so all of them wake up at once, finish reporting what
 * they hold, and leave. A write is async-signal-safe; a flag alone would
 * leave a worker asleep until its poll interval ends.
 */
static void
on_stop_signal(int signo)
{
	int			saved_errno = errno;
	ssize_t		written = write(stop_pipe_write, "x", 1);

	(void) signo;
	(void) written;
	errno = saved_errno;
}

/* Create the stop pipe and route SIGINT and SIGTERM to it. */
static int
install_stop_signals(void)
{
	int			fds[2];
	struct sigaction action;

	if (pipe(fds) != 0)
		return -1;
	fcntl(fds[1], F_SETFL, O_NONBLOCK);
	stop_pipe_write = fds[1];
	memset(&action, 0, sizeof(action));
	action.sa_handler = on_stop_signal;
	sigemptyset(&action.sa_mask);
	sigaction(SIGINT, &action, NULL);
	sigaction(SIGTERM, &action, NULL);
	/* a dead server must show up as an error, not kill the process */
	signal(SIGPIPE, SIG_IGN);
	return fds[0];
}

enum
{
	OPT_DSN = 1000, OPT_BATCH_SIZE, OPT_CONCURRENCY, OPT_LEASE, OPT_POLL_INTERVAL,
	OPT_MAX_RETRIES, OPT_RETRY_BASE, OPT_RETRY_MAX, OPT_LATENCY, OPT_RECEIPT_DELAY,
	OPT_UNDELIVERED, OPT_TRANSIENT, OPT_PERMANENT, OPT_SEED, OPT_MAX_MESSAGES, OPT_IDLE
};

/*
 * Read the command line into the two configurations. Exits with status 2
 * on a bad option, and 0 after --help.
 */
static void
parse_options(int argc, char **argv, DispatcherConfig *config, SimulatedAggregatorConfig *simulation)
{
	static const struct option options[] = {
		{"dsn", required_argument, NULL, OPT_DSN},
		{"batch-size", required_argument, NULL, OPT_BATCH_SIZE},
		{"concurrency", required_argument, NULL, OPT_CONCURRENCY},
		{"lease", required_argument, NULL, OPT_LEASE},
		{"poll-interval", required_argument, NULL, OPT_POLL_INTERVAL},
		{"max-retries", required_argument, NULL, OPT_MAX_RETRIES},
		{"retry-base-ms", required_argument, NULL, OPT_RETRY_BASE},
		{"retry-max-ms", required_argument, NULL, OPT_RETRY_MAX},
		{"latency-ms", required_argument, NULL, OPT_LATENCY},
		{"receipt-delay-ms", required_argument, NULL, OPT_RECEIPT_DELAY},
		{"undelivered-rate", required_argument, NULL, OPT_UNDELIVERED},
		{"transient-error-rate", required_argument, NULL, OPT_TRANSIENT},
		{"permanent-error-rate", required_argument, NULL, OPT_PERMANENT},
		{"seed", required_argument, NULL, OPT_SEED},
		{"max-messages", required_argument, NULL, OPT_MAX_MESSAGES},
		{"exit-when-idle", required_argument, NULL, OPT_IDLE},
		{"quiet", no_argument, NULL, 'q'},
		{"verbose", no_argument, NULL, 'v'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0}
	};
	int			option;

	*config = (DispatcherConfig) {
		.dsn = "",
		.batch_size = 100,
		.concurrency = 4,
		.lease_seconds = 30,
		.poll_interval_ms = 1000,
		.max_messages = 0,
		.exit_when_idle_s = -1,
		.max_retries = 5,
		.retry_base_ms = 1000,
		.retry_max_ms = 60000,
		.seed = (uint64_t) time(NULL) ^ ((uint64_t) getpid() << 32),
		.verbosity = VERBOSITY_NORMAL,
	};
	*simulation = (SimulatedAggregatorConfig) {
		.latency_ms = 5,
		.receipt_delay_ms = 200,
		.undelivered_rate = 0.03,
		.transient_error_rate = 0.01,
		.permanent_error_rate = 0.0,
	};

	while ((option = getopt_long(argc, argv, "qvh", options, NULL)) != -1)
	{
		switch (option)
		{
			case OPT_DSN:
				config->dsn = optarg;
				break;
			case OPT_BATCH_SIZE:
				config->batch_size = (int) integer_option("batch-size", optarg, 1, 10000);
				break;
			case OPT_CONCURRENCY:
				config->concurrency = (int) integer_option("concurrency", optarg, 1, 256);
				break;
			case OPT_LEASE:
				config->lease_seconds = (int) integer_option("lease", optarg, 1, 86400);
				break;
			case OPT_POLL_INTERVAL:
				config->poll_interval_ms = (int) integer_option("poll-interval", optarg, 10, 3600000);
				break;
			case OPT_MAX_RETRIES:
				config->max_retries = (int) integer_option("max-retries", optarg, 0, 100);
				break;
			case OPT_RETRY_BASE:
				config->retry_base_ms = (int) integer_option("retry-base-ms", optarg, 1, 3600000);
				break;
			case OPT_RETRY_MAX:
				config->retry_max_ms = (int) integer_option("retry-max-ms", optarg, 1, 86400000);
				break;
			case OPT_LATENCY:
				simulation->latency_ms = (int) integer_option("latency-ms", optarg, 0, 60000);
				break;
			case OPT_RECEIPT_DELAY:
				simulation->receipt_delay_ms = (int) integer_option("receipt-delay-ms", optarg, 0, 3600000);
				break;
			case OPT_UNDELIVERED:
				simulation->undelivered_rate = rate_option("undelivered-rate", optarg);
				break;
			case OPT_TRANSIENT:
				simulation->transient_error_rate = rate_option("transient-error-rate", optarg);
				break;
			case OPT_PERMANENT:
				simulation->permanent_error_rate = rate_option("permanent-error-rate", optarg);
				break;
			case OPT_SEED:
				config->seed = (uint64_t) integer_option("seed", optarg, 0, INT64_MAX);
				break;
			case OPT_MAX_MESSAGES:
				config->max_messages = integer_option("max-messages", optarg, 1, INT64_MAX);
				break;
			case OPT_IDLE:
				config->exit_when_idle_s = (int) integer_option("exit-when-idle", optarg, 0, 86400);
				break;
			case 'q':
				config->verbosity = VERBOSITY_QUIET;
				break;
			case 'v':
				config->verbosity = VERBOSITY_VERBOSE;
				break;
			case 'h':
				usage(stdout);
				exit(0);
			default:
				fprintf(stderr, "Try \"campaign-dispatcher --help\".\n");
				exit(2);
		}
	}
	if (optind < argc)
	{
		fprintf(stderr, "campaign-dispatcher: unexpected argument \"%s\"\nTry \"campaign-dispatcher --help\".\n",
				argv[optind]);
		exit(2);
	}
	if (simulation->permanent_error_rate + simulation->transient_error_rate > 1.0)
	{
		fprintf(stderr, "campaign-dispatcher: --permanent-error-rate and --transient-error-rate add up to more than 1\n");
		exit(2);
	}
	if (config->retry_max_ms < config->retry_base_ms)
		config->retry_max_ms = config->retry_base_ms;
	simulation->seed = config->seed;
}

/*
 * Parse, warn about a lease too short for a batch, run, print the summary.
 * Exit status: 0 when it ran, 1 when it could not start, 2 on a bad option.
 */
int
main(int argc, char **argv)
{
	DispatcherConfig config;
	SimulatedAggregatorConfig simulation;
	DispatcherStats stats;
	Aggregator *aggregator;
	int			stop_fd;
	bool		ran;

	parse_options(argc, argv, &config, &simulation);

	if ((int64_t) config.batch_size * simulation.latency_ms * 3 / 2 >
		(int64_t) config.lease_seconds * 1000 / 2)
		fprintf(stderr, "campaign-dispatcher: warning: a batch of %d at up to %d ms a send may outlast "
				"half the %d s lease\n", config.batch_size, simulation.latency_ms * 3 / 2,
				config.lease_seconds);

	stop_fd = install_stop_signals();
	aggregator = simulated_aggregator_create(&simulation);
	if (stop_fd < 0 || aggregator == NULL)
	{
		fprintf(stderr, "campaign-dispatcher: cannot start: %s\n", strerror(errno));
		return 1;
	}

	ran = dispatcher_run(&config, aggregator, stop_fd, &stats);
	aggregator->destroy(aggregator);
	if (!ran)
		return 1;

	printf("claimed=%" PRId64 " sent=%" PRId64 " failed=%" PRId64 " retried=%" PRId64
		   " delivered=%" PRId64 " undelivered=%" PRId64 " reconnects=%" PRId64 " errors=%" PRId64 "\n",
		   stats.claimed, stats.sent, stats.failed, stats.retried,
		   stats.delivered, stats.undelivered, stats.reconnects, stats.errors);
	return 0;
}
