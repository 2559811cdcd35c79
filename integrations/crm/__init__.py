"""CRM clients (HubSpot CRM v3, Salesforce REST) and the lead → CRM property mapping."""
