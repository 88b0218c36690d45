/*
 * backoff.c
 *	  Owns time and randomness: the monotonic clock every timer of the
 *	  dispatcher is measured on, a small seedable random generator, and the
 *	  exponential backoff with jitter used both for retrying a message the
 *	  aggregator refused for now and for reconnecting to the database.
 *
 * Kept apart so that the retry policy is written once and can be read on its
 * own, and so that a run can be replayed with --seed.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <time.h>

#include "backoff.h"

/*
 * Milliseconds on a clock that never jumps: leases, idle timeouts and
 * receipts must not move when the wall clock is adjusted.
 */
int64_t
monotonic_ms(void)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (int64_t) now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

/* Sleep the whole delay even when a signal interrupts it. */
void
sleep_ms(int64_t ms)
{
	struct timespec delay;

	if (ms <= 0)
		return;
	delay.tv_sec = ms / 1000;
	delay.tv_nsec = (ms % 1000) * 1000000;
	while (nanosleep(&delay, &delay) != 0 && errno == EINTR)
		continue;
}

/*
 * Seed a generator. splitmix64 spreads close seeds (worker 1, worker 2) into
 * unrelated states, and the state is never zero, which xorshift needs.
 */
void
rng_seed(Rng *rng, uint64_t seed)
{
	uint64_t	z = seed + 0x9E3779B97F4A7C15ULL;

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	rng->state = (z ^ (z >> 31)) | 1;
}

/* A uniform double in [0, 1) from xorshift64*: cheap, good enough for jitter. */
double
rng_uniform(Rng *rng)
{
	uint64_t	x = rng->state;

	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	rng->state = x;
	return (double) ((x * 0x2545F4914F6CDD1DULL) >> 11) / 9007199254740992.0;
}

/* A uniform integer in [low, high]. */
int64_t
rng_between(Rng *rng, int64_t low, int64_t high)
{
	if (high <= low)
		return low;
	return low + (int64_t) (rng_uniform(rng) * (double) (high - low + 1));
}

/*
 * The delay before retry number `attempt` (1, 2, ...): the ceiling doubles
 * from base_ms up to max_ms, and the delay is drawn from the upper half of
 * it ("equal jitter"), so that it still grows with every attempt while
 * dispatchers that failed together do not retry together.
 */
int64_t
backoff_ms(int attempt, int64_t base_ms, int64_t max_ms, Rng *rng)
{
	int64_t		ceiling = base_ms;

	for (int i = 1; i < attempt && ceiling < max_ms; i++)
		ceiling *= 2;
	if (ceiling > max_ms)
		ceiling = max_ms;
	return ceiling / 2 + rng_between(rng, 0, ceiling - ceiling / 2);
}
