"""The topic a person chose for their request, and the choices that stand: they are inside the ciphertext, so
only unlocked keys show them."""

from ... import consent, tickets
from ...forms import TOPICS
from ...models import TicketMessage

TOPIC_LABELS = dict(TOPICS)


def first_topics(ticket_list, team_keys):
    """{ticket id: topic label} for the tickets whose first message the unlocked keys open."""
    firsts = {}
    for message in TicketMessage.objects.filter(
        ticket__in=list(ticket_list), author=TicketMessage.Author.PERSON
    ).order_by("id"):
        firsts.setdefault(message.ticket_id, message)
    topics = {}
    for ticket_id, message in firsts.items():
        if message.key_id in team_keys:
            topic = tickets.decrypt(message, team_keys[message.key_id]).get("topic", "other")
            topics[ticket_id] = TOPIC_LABELS.get(topic, topic)
    return topics


def latest_choices(ticket_list, team_keys):
    """{ticket id: the person's choices that stand} for the tickets whose messages the unlocked keys open."""
    given = {}
    for message in TicketMessage.objects.filter(
        ticket__in=list(ticket_list), author=TicketMessage.Author.PERSON
    ).order_by("ticket_id", "sequence"):
        if message.key_id in team_keys:
            opened = tickets.decrypt(message, team_keys[message.key_id])
            given.setdefault(message.ticket_id, []).append(opened.get("choices", {}))
    return {ticket_id: consent.latest(answers) for ticket_id, answers in given.items()}
