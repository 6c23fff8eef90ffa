"""Keys of the hotline team, of the escrow, and of each consultant. Private keys exist here only sealed."""

from django.conf import settings
from django.db import models

from contact.crypto import KdfCost, team_fingerprint


class DerivedKeyCost(models.Model):
    """The Argon2id cost a key was derived with: raising HOTLINE_KDF_COST later must not orphan old keys."""

    kdf_opslimit = models.PositiveIntegerField()
    kdf_memlimit = models.PositiveBigIntegerField()

    class Meta:
        abstract = True

    @property
    def kdf_cost(self):
        return KdfCost(self.kdf_opslimit, self.kdf_memlimit)

    @staticmethod
    def current_cost():
        """The cost new keys are derived with (HOTLINE_KDF_COST)."""
        return KdfCost(**settings.HOTLINE_KDF_COST)


class EscrowKey(models.Model):
    """The public half of the offline recovery key; its private half was printed once and never stored."""

    public_key = models.BinaryField()
    fingerprint = models.CharField(max_length=16, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.fingerprint


class TeamKey(models.Model):
    """The hotline team's key pair: the public half seals tickets, the private half exists only sealed."""

    key_id = models.CharField(max_length=40, unique=True)
    public_key = models.BinaryField()
    signing_public_key = models.BinaryField(
        null=True, help_text="Verifies what the team signs; empty on keys made before signatures existed."
    )
    sealed_for_escrow = models.BinaryField(help_text="The team private key, sealed to the escrow key.")
    escrow = models.ForeignKey(EscrowKey, on_delete=models.PROTECT, related_name="team_keys")
    escrow_signature = models.BinaryField(
        null=True, help_text="This key vouching for its escrow key; empty on keys made before it existed."
    )
    is_active = models.BooleanField(default=True, help_text="New tickets are sealed to the active key.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["is_active"], condition=models.Q(is_active=True), name="one_active_team_key"
            )
        ]

    def __str__(self):
        return self.key_id

    @property
    def fingerprint(self):
        """What a deployment pins (HOTLINE_TEAM_KEY_PINS); None for a key that cannot sign."""
        if self.signing_public_key is None:
            return None
        return team_fingerprint(self.public_key, self.signing_public_key)


class ConsultantKey(DerivedKeyCost):
    """A consultant's key pair; the private half is encrypted under their passphrase (contact.crypto)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="hotline_key")
    public_key = models.BinaryField()
    wrapped_private_key = models.BinaryField()
    passphrase_salt = models.BinaryField()
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"key of {self.user}"


class TeamKeyGrant(models.Model):
    """A team private key sealed to one consultant's public key: what lets them read tickets."""

    team_key = models.ForeignKey(TeamKey, on_delete=models.CASCADE, related_name="grants")
    consultant_key = models.ForeignKey(ConsultantKey, on_delete=models.CASCADE, related_name="grants")
    sealed_private_key = models.BinaryField()
    signature = models.BinaryField(
        null=True, help_text="The team key vouching for the consultant's public key (contact.crypto.sign_grant)."
    )
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["team_key", "consultant_key"], name="one_grant_per_key")]

    def __str__(self):
        return f"{self.team_key} for {self.consultant_key.user}"
