/*
 * rules.h
 *	  Row rules (layer 2 of 4, see engine.h): the campaign status graph,
 *	  the failure checks of a site, and the withdrawal of messages when a
 *	  campaign ends, enforced by the triggers of status_machine.c whoever
 *	  writes the tables. Who may write bookkeeping columns is authority.h.
 */
#ifndef CAMPAIGN_RULES_H
#define CAMPAIGN_RULES_H

#include "postgres.h"

/* Campaign statuses, in the order of the SQL enum campaign.campaign_status. */
typedef enum CampaignStatus
{
	CAMPAIGN_DRAFT,
	CAMPAIGN_SCHEDULED,
	CAMPAIGN_PROCESSING,
	CAMPAIGN_SENDING,
	CAMPAIGN_SENT,
	CAMPAIGN_FAILED,
	CAMPAIGN_CANCELED
} CampaignStatus;

#define CAMPAIGN_STATUS_COUNT (CAMPAIGN_CANCELED + 1)

/* status_machine.c */
extern const char *campaign_status_name(CampaignStatus status);
extern CampaignStatus campaign_status_from_name(const char *name);
extern bool campaign_status_is_final(CampaignStatus status);
extern bool campaign_transition_is_legal(CampaignStatus from, CampaignStatus to);
extern const char *site_failure_reason(int64 site_id, int64 messages_needed,
									   int64 exclude_campaign_id);
extern uint64 withdraw_pending_messages(int64 campaign_id, CampaignStatus ended_as);

#endif							/* CAMPAIGN_RULES_H */
