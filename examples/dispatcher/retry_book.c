/*
 * retry_book.c
 *	  Owns the count of transient failures per message, shared by every
 *	  worker thread of the process.
 *
 * claim_messages does not return how often a message was tried, and the
 * dispatcher role may not read campaign.messages, so the backoff's attempt
 * number is kept here. A message retried by this process may be claimed again
 * by any of its workers, hence one table behind a mutex rather than one per
 * worker. A message that another dispatcher process retried starts again at
 * one here: the backoff is a courtesy to the aggregator, not a guarantee, and
 * the attempts column in the database stays the record of hand-outs. Entries
 * are removed when a message is sent or fails for good, so the table holds
 * only the messages currently waiting for a retry.
 */
#include <pthread.h>
#include <stdlib.h>

#include "retry_book.h"

#define RETRY_BOOK_BUCKETS 4096

typedef struct RetryEntry
{
	int64_t		message_id;
	int			failures;
	struct RetryEntry *next;
} RetryEntry;

struct RetryBook
{
	pthread_mutex_t lock;
	RetryEntry *buckets[RETRY_BOOK_BUCKETS];
};

/* An empty book; NULL when out of memory. */
RetryBook *
retry_book_create(void)
{
	RetryBook  *book = calloc(1, sizeof(RetryBook));

	if (book != NULL)
		pthread_mutex_init(&book->lock, NULL);
	return book;
}

/* Free the book and whatever it still counts. */
void
retry_book_destroy(RetryBook *book)
{
	if (book == NULL)
		return;
	for (int i = 0; i < RETRY_BOOK_BUCKETS; i++)
	{
		RetryEntry *entry = book->buckets[i];

		while (entry != NULL)
		{
			RetryEntry *next = entry->next;

			free(entry);
			entry = next;
		}
	}
	pthread_mutex_destroy(&book->lock);
	free(book);
}

/* Message ids are sequential: a multiplicative hash spreads them evenly. */
static unsigned
bucket_of(int64_t message_id)
{
	return (unsigned) (((uint64_t) message_id * 0x9E3779B97F4A7C15ULL) >> 52) % RETRY_BOOK_BUCKETS;
}

/*
 * Count one more transient failure of the message and return the total so
 * far (1 for the first). Out of memory, the count cannot be kept and the
 * message is treated as failing for the first time.
 */
int
retry_book_add_failure(RetryBook *book, int64_t message_id)
{
	unsigned	bucket = bucket_of(message_id);
	RetryEntry *entry;
	int			failures = 1;

	pthread_mutex_lock(&book->lock);
	for (entry = book->buckets[bucket]; entry != NULL; entry = entry->next)
		if (entry->message_id == message_id)
			break;
	if (entry != NULL)
		failures = ++entry->failures;
	else if ((entry = malloc(sizeof(RetryEntry))) != NULL)
	{
		entry->message_id = message_id;
		entry->failures = 1;
		entry->next = book->buckets[bucket];
		book->buckets[bucket] = entry;
	}
	pthread_mutex_unlock(&book->lock);
	return failures;
}

/* The message reached an end (sent or failed): drop its count. */
void
retry_book_forget(RetryBook *book, int64_t message_id)
{
	unsigned	bucket = bucket_of(message_id);
	RetryEntry **link;

	pthread_mutex_lock(&book->lock);
	for (link = &book->buckets[bucket]; *link != NULL; link = &(*link)->next)
	{
		if ((*link)->message_id == message_id)
		{
			RetryEntry *gone = *link;

			*link = gone->next;
			free(gone);
			break;
		}
	}
	pthread_mutex_unlock(&book->lock);
}
