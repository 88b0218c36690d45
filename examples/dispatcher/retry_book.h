/*
 * retry_book.h
 *	  How many times the aggregator refused each message for now, in this
 *	  process: what the exponential backoff counts.
 */
#ifndef DISPATCHER_RETRY_BOOK_H
#define DISPATCHER_RETRY_BOOK_H

#include <stdint.h>

typedef struct RetryBook RetryBook;

RetryBook  *retry_book_create(void);
void		retry_book_destroy(RetryBook *book);
int			retry_book_add_failure(RetryBook *book, int64_t message_id);
void		retry_book_forget(RetryBook *book, int64_t message_id);

#endif
