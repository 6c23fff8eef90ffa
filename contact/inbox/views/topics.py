"""The topic a person chose for their request: it is inside the ciphertext, so only unlocked keys show it."""

from ... import tickets
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
