/*
 * backoff.h
 *	  The clock, random numbers and exponential backoff with jitter, shared by
 *	  the dispatcher loop and the simulated aggregator.
 */
#ifndef DISPATCHER_BACKOFF_H
#define DISPATCHER_BACKOFF_H

#include <stdint.h>

/* A generator per thread (or per lock): no hidden shared state. */
typedef struct Rng
{
	uint64_t	state;
} Rng;

int64_t		monotonic_ms(void);
void		sleep_ms(int64_t ms);

void		rng_seed(Rng *rng, uint64_t seed);
double		rng_uniform(Rng *rng);
int64_t		rng_between(Rng *rng, int64_t low, int64_t high);

int64_t		backoff_ms(int attempt, int64_t base_ms, int64_t max_ms, Rng *rng);

#endif
