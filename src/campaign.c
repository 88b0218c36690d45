/*
 * campaign.c
 *	  Module entry point of the campaign extension.
 *
 * Owns what happens once per backend when the library is loaded: the module
 * magic and the definition of the extension's settings. Everything else lives
 * in the file of its concern; the headers name the layers (see engine.h).
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/guc.h"

#include "engine.h"
#include "work.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

/*
 * Define every campaign.* setting, then reserve the prefix so that a typo such
 * as campaign.fakenow is an error instead of a silently ignored placeholder.
 * When the library is preloaded, register the background worker too.
 */
void
_PG_init(void)
{
	clock_define_settings();
	tenant_define_settings();
	worker_define_settings();
	MarkGUCPrefixReserved("campaign");
	worker_register();
}
