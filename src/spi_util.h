/*
 * spi_util.h
 *	  The SQL glue of the C files (layer 4 of 4, see engine.h): statements
 *	  with parameters through SPI, and work run in a subtransaction.
 */
#ifndef CAMPAIGN_SPI_UTIL_H
#define CAMPAIGN_SPI_UTIL_H

#include "postgres.h"
#include "executor/spi.h"

/* spi_util.c */
extern uint64 spi_exec(const char *sql, int nargs, Oid *argtypes, Datum *values,
					   const char *nulls, bool read_only);
extern uint64 spi_exec_cached(SPIPlanPtr *plan, const char *sql, int nargs,
							  Oid *argtypes, Datum *values, const char *nulls,
							  bool read_only);
extern int64 spi_int64(const char *sql, int nargs, Oid *argtypes, Datum *values,
					   const char *nulls, bool read_only, bool *isnull);
extern void check_campaign_updated(uint64 processed, int64 campaign_id);
extern Datum int64_array(const int64 *values, int count);
extern Datum distinct_int64_array(const int64 *values, int count);
extern Datum text_array(const char *const *values, int count);

/* Partition pruning by campaign: see spi_util.c */
#define CAMPAIGN_SLOTS 8
extern char *campaign_slots_sql(const char *column, int first_param);
extern bool fill_campaign_slots(const int64 *campaign_ids, int count, Oid *types, Datum *values);

/* Work run in a subtransaction; arg carries its input and results. */
typedef void (*SubtransactionWork) (void *arg);
extern ErrorData *spi_run_in_subtransaction(SubtransactionWork work, void *arg);

#endif							/* CAMPAIGN_SPI_UTIL_H */
