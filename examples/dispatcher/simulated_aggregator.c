/*
 * simulated_aggregator.c
 *	  Owns the simulated aggregator: the Aggregator implementation the demo
 *	  and the tests send through, with no network and no account.
 *
 * It behaves like the real thing where the dispatcher can tell: each send
 * takes a random latency around --latency-ms; a share of sends is refused for
 * now (rate limiting: --transient-error-rate) or for good (an invalid number:
 * --permanent-error-rate); every accepted message gets a unique provider id
 * and, a random delay around --receipt-delay-ms later, a delivery receipt
 * that says delivered or, for --undelivered-rate of them, undelivered because
 * a carrier filtered it. Receipts wait in a heap ordered by arrival time.
 */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "aggregator.h"
#include "backoff.h"

typedef struct PendingReceipt
{
	int64_t		due_ms;
	DeliveryReceipt receipt;
} PendingReceipt;

typedef struct Simulation
{
	SimulatedAggregatorConfig config;
	pthread_mutex_t lock;
	Rng			rng;
	char		id_prefix[48];	/* unique per process run */
	uint64_t	accepted;
	PendingReceipt *heap;		/* min-heap on due_ms */
	int64_t		heap_size;
	int64_t		heap_capacity;
} Simulation;

/* Restore the heap order after appending at position `at`. */
static void
heap_sift_up(PendingReceipt *heap, int64_t at)
{
	while (at > 0)
	{
		int64_t		parent = (at - 1) / 2;
		PendingReceipt swap;

		if (heap[parent].due_ms <= heap[at].due_ms)
			break;
		swap = heap[parent];
		heap[parent] = heap[at];
		heap[at] = swap;
		at = parent;
	}
}

/* Restore the heap order after moving the last entry to the root. */
static void
heap_sift_down(PendingReceipt *heap, int64_t size)
{
	int64_t		at = 0;

	for (;;)
	{
		int64_t		smallest = at;
		int64_t		left = 2 * at + 1;
		int64_t		right = left + 1;
		PendingReceipt swap;

		if (left < size && heap[left].due_ms < heap[smallest].due_ms)
			smallest = left;
		if (right < size && heap[right].due_ms < heap[smallest].due_ms)
			smallest = right;
		if (smallest == at)
			break;
		swap = heap[smallest];
		heap[smallest] = heap[at];
		heap[at] = swap;
		at = smallest;
	}
}

/*
 * Decide the carrier's verdict on an accepted message now and queue the
 * receipt for later. Called with the lock held. Out of memory, the receipt is
 * lost, as receipts sometimes are: the message simply stays sent.
 */
static void
schedule_receipt(Simulation *sim, const char *provider_id)
{
	PendingReceipt *entry;

	if (sim->heap_size == sim->heap_capacity)
	{
		int64_t		capacity = sim->heap_capacity ? sim->heap_capacity * 2 : 1024;
		PendingReceipt *grown = realloc(sim->heap, (size_t) capacity * sizeof(PendingReceipt));

		if (grown == NULL)
			return;
		sim->heap = grown;
		sim->heap_capacity = capacity;
	}
	entry = &sim->heap[sim->heap_size];
	entry->due_ms = monotonic_ms() +
		rng_between(&sim->rng, sim->config.receipt_delay_ms / 2,
					sim->config.receipt_delay_ms + sim->config.receipt_delay_ms / 2);
	snprintf(entry->receipt.provider_id, sizeof(entry->receipt.provider_id), "%s", provider_id);
	entry->receipt.delivered = rng_uniform(&sim->rng) >= sim->config.undelivered_rate;
	snprintf(entry->receipt.error, sizeof(entry->receipt.error), "%s",
			 entry->receipt.delivered ? "" : "30007 message filtered by the carrier (simulated)");
	heap_sift_up(sim->heap, sim->heap_size);
	sim->heap_size++;
}

/*
 * Aggregator.send: wait a random latency outside the lock (sends of several
 * workers overlap, as HTTP calls would), then accept or refuse.
 */
static void
simulated_send(void *state, const OutboundMessage *message, SendResult *result)
{
	Simulation *sim = state;
	int64_t		latency;
	double		draw;

	pthread_mutex_lock(&sim->lock);
	latency = rng_between(&sim->rng, sim->config.latency_ms / 2,
						  sim->config.latency_ms + sim->config.latency_ms / 2);
	draw = rng_uniform(&sim->rng);
	pthread_mutex_unlock(&sim->lock);

	sleep_ms(latency);

	result->provider_id[0] = '\0';
	result->error[0] = '\0';
	if (draw < sim->config.permanent_error_rate)
	{
		result->status = SEND_PERMANENT_ERROR;
		snprintf(result->error, sizeof(result->error),
				 "21211 invalid 'To' phone number %s (simulated)", message->phone);
		return;
	}
	if (draw < sim->config.permanent_error_rate + sim->config.transient_error_rate)
	{
		result->status = SEND_TRANSIENT_ERROR;
		snprintf(result->error, sizeof(result->error), "429 too many requests (simulated)");
		return;
	}
	result->status = SEND_ACCEPTED;
	pthread_mutex_lock(&sim->lock);
	sim->accepted++;
	snprintf(result->provider_id, sizeof(result->provider_id), "%s-%llu",
			 sim->id_prefix, (unsigned long long) sim->accepted);
	schedule_receipt(sim, result->provider_id);
	pthread_mutex_unlock(&sim->lock);
}

/* Aggregator.poll_receipts: the receipts whose arrival time has come. */
static int
simulated_poll_receipts(void *state, DeliveryReceipt *receipts, int max)
{
	Simulation *sim = state;
	int64_t		now = monotonic_ms();
	int			taken = 0;

	pthread_mutex_lock(&sim->lock);
	while (taken < max && sim->heap_size > 0 && sim->heap[0].due_ms <= now)
	{
		receipts[taken++] = sim->heap[0].receipt;
		sim->heap[0] = sim->heap[--sim->heap_size];
		heap_sift_down(sim->heap, sim->heap_size);
	}
	pthread_mutex_unlock(&sim->lock);
	return taken;
}

/* Aggregator.receipts_expected: the simulation knows exactly. */
static int64_t
simulated_receipts_expected(void *state, int64_t *next_in_ms)
{
	Simulation *sim = state;
	int64_t		count;

	pthread_mutex_lock(&sim->lock);
	count = sim->heap_size;
	*next_in_ms = -1;
	if (count > 0)
	{
		*next_in_ms = sim->heap[0].due_ms - monotonic_ms();
		if (*next_in_ms < 0)
			*next_in_ms = 0;
	}
	pthread_mutex_unlock(&sim->lock);
	return count;
}

/* Aggregator.destroy: receipts not yet arrived are dropped. */
static void
simulated_destroy(Aggregator *aggregator)
{
	Simulation *sim = aggregator->state;

	pthread_mutex_destroy(&sim->lock);
	free(sim->heap);
	free(sim);
	free(aggregator);
}

/*
 * Create the simulation. Provider ids carry the process id and start time,
 * so that two runs against one database never hand out the same id (a
 * receipt is matched to its message by that id alone).
 */
Aggregator *
simulated_aggregator_create(const SimulatedAggregatorConfig *config)
{
	Aggregator *aggregator = calloc(1, sizeof(Aggregator));
	Simulation *sim = calloc(1, sizeof(Simulation));

	if (aggregator == NULL || sim == NULL)
	{
		free(aggregator);
		free(sim);
		return NULL;
	}
	sim->config = *config;
	pthread_mutex_init(&sim->lock, NULL);
	rng_seed(&sim->rng, config->seed);
	snprintf(sim->id_prefix, sizeof(sim->id_prefix), "SIM%lx%x",
			 (unsigned long) time(NULL), (unsigned) getpid());

	aggregator->name = "simulated";
	aggregator->state = sim;
	aggregator->send = simulated_send;
	aggregator->poll_receipts = simulated_poll_receipts;
	aggregator->receipts_expected = simulated_receipts_expected;
	aggregator->destroy = simulated_destroy;
	return aggregator;
}
