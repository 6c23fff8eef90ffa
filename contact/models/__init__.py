from .keys import ConsultantKey, EscrowKey, TeamKey, TeamKeyGrant
from .pages import ContactPage, ReplyCheckPage
from .tickets import Ticket, TicketMessage, new_ticket_id

__all__ = [
    "ConsultantKey",
    "ContactPage",
    "EscrowKey",
    "ReplyCheckPage",
    "TeamKey",
    "TeamKeyGrant",
    "Ticket",
    "TicketMessage",
    "new_ticket_id",
]
