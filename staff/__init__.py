"""Staff accounts: a second factor for every admin account, invitations to enrol one, and sessions that end."""
