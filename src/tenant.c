/*
 * tenant.c
 *	  The tenant of a session: the setting campaign.site_id.
 *
 * Many stores share one database. A session acting as campaign_app sees and
 * changes only the site named by campaign.site_id, through row-level security
 * policies on every table that holds a site's data (src/campaign.sql); with
 * the setting empty it sees nothing. Defining the setting here, with a check,
 * makes "SET campaign.site_id = 'abc'" an error at once instead of a policy
 * that fails on every row, and lets a connection pool set it per transaction
 * with SET LOCAL.
 */
#include "postgres.h"

#include "utils/builtins.h"
#include "utils/guc.h"

#include "work.h"

static char *site_id_setting = NULL;

/* Accept '' (no site) or a bigint. */
static bool
check_site_id(char **newval, void **extra, GucSource source)
{
	char	   *end;

	if (*newval == NULL || (*newval)[0] == '\0')
		return true;
	errno = 0;
	(void) strtoi64(*newval, &end, 10);
	if (errno != 0 || *end != '\0' || end == *newval)
	{
		GUC_check_errmsg("invalid value for parameter \"campaign.site_id\": \"%s\"", *newval);
		GUC_check_errdetail("campaign.site_id is a site_id (a bigint), or empty for none.");
		return false;
	}
	return true;
}

void
tenant_define_settings(void)
{
	DefineCustomStringVariable("campaign.site_id",
							   "The site whose rows a campaign_app session sees and changes.",
							   "Empty: none. Set it per transaction with SET LOCAL from a connection pool.",
							   &site_id_setting,
							   "",
							   PGC_USERSET,
							   0,
							   check_site_id,
							   NULL,
							   NULL);
}
