from .keys import ConsultantKey, DerivedKeyCost, EscrowKey, TeamKey, TeamKeyGrant
from .pages import ContactPage, ReplyCheckPage
from .tickets import Ticket, TicketMessage, new_ticket_id

__all__ = [
    "ConsultantKey",
    "DerivedKeyCost",
    "ContactPage",
    "EscrowKey",
    "ReplyCheckPage",
    "TeamKey",
    "TeamKeyGrant",
    "Ticket",
    "TicketMessage",
    "new_ticket_id",
]
