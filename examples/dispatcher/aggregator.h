/*
 * aggregator.h
 *	  The interface between the dispatcher and an SMS aggregator (Twilio-like),
 *	  and the constructor of the one implementation shipped: a simulation.
 *
 * To plug in a real aggregator, write the functions of struct Aggregator for
 * its API (see README.md) and create it in main.c instead of the simulated one.
 * Nothing else in the dispatcher knows which aggregator it talks to.
 */
#ifndef DISPATCHER_AGGREGATOR_H
#define DISPATCHER_AGGREGATOR_H

#include <stdbool.h>
#include <stdint.h>

/* Longest provider message id and error text the dispatcher keeps. */
#define AGGREGATOR_ID_MAX 128
#define AGGREGATOR_ERROR_MAX 256

/* One message to send, as campaign.claim_messages handed it out. */
typedef struct OutboundMessage
{
	int64_t		message_id;
	int64_t		campaign_id;
	int64_t		site_id;
	int64_t		subscriber_id;
	const char *phone;			/* E.164 */
	const char *body;
} OutboundMessage;

typedef enum SendStatus
{
	SEND_ACCEPTED,				/* the aggregator took it: mark_sent */
	SEND_TRANSIENT_ERROR,		/* try again later: mark_failed with retry_at */
	SEND_PERMANENT_ERROR		/* will never succeed: mark_failed, final */
} SendStatus;

typedef struct SendResult
{
	SendStatus	status;
	char		provider_id[AGGREGATOR_ID_MAX]; /* when accepted */
	char		error[AGGREGATOR_ERROR_MAX];	/* when not */
} SendResult;

/* What the carrier finally did with an accepted message. */
typedef struct DeliveryReceipt
{
	char		provider_id[AGGREGATOR_ID_MAX];
	bool		delivered;
	char		error[AGGREGATOR_ERROR_MAX];	/* "" when delivered */
} DeliveryReceipt;

/*
 * Every function may be called from several worker threads at once; an
 * implementation protects its own state.
 */
typedef struct Aggregator
{
	const char *name;
	void	   *state;

	/* Hand one message over; blocks for the round trip to the aggregator. */
	void		(*send) (void *state, const OutboundMessage *message, SendResult *result);

	/*
	 * Take up to max receipts that have arrived (by webhook or by asking the
	 * aggregator's API) and return how many; each is returned once.
	 */
	int			(*poll_receipts) (void *state, DeliveryReceipt *receipts, int max);

	/*
	 * How many receipts are known to be still to come, and in *next_in_ms how
	 * soon the next one arrives (-1: unknown). A real aggregator that cannot
	 * tell returns 0 and -1; the dispatcher then simply polls.
	 */
	int64_t		(*receipts_expected) (void *state, int64_t *next_in_ms);

	/* Free the aggregator and its state; receipts still to come are lost. */
	void		(*destroy) (struct Aggregator *aggregator);
} Aggregator;

/* The simulation's knobs (see --help). */
typedef struct SimulatedAggregatorConfig
{
	int			latency_ms;		/* mean time of one send */
	int			receipt_delay_ms;	/* mean time from accepted to receipt */
	double		undelivered_rate;	/* share of accepted messages filtered */
	double		transient_error_rate;	/* share of sends refused for now */
	double		permanent_error_rate;	/* share of sends refused for good */
	uint64_t	seed;
} SimulatedAggregatorConfig;

Aggregator *simulated_aggregator_create(const SimulatedAggregatorConfig *config);

#endif
