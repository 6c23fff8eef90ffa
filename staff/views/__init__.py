"""The staff's pages: giving the second factor (verify), enrolling one with an invitation (enrol), and an
administrator issuing an invitation (invite)."""
