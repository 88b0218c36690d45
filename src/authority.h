/*
 * authority.h
 *	  Who may act with the extension's rights (see authority.c).
 */
#ifndef CAMPAIGN_AUTHORITY_H
#define CAMPAIGN_AUTHORITY_H

#include "postgres.h"
#include "fmgr.h"
#include "utils/rel.h"

/* The user and security context to return to after a switch. */
typedef struct AuthoritySwitch
{
	Oid			userid;
	int			sec_context;
} AuthoritySwitch;

extern bool authority_is_extension(Relation campaigns);
extern Oid	authority_campaigns_owner(void);
extern void authority_switch_to(Oid owner, AuthoritySwitch *saved);
extern void authority_switch_back(const AuthoritySwitch *saved);

extern void trigger_require_table(FunctionCallInfo fcinfo, const char *table);
extern void trigger_require_tables(FunctionCallInfo fcinfo, const char *const *tables);

#endif							/* CAMPAIGN_AUTHORITY_H */
