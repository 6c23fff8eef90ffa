"""The development accounts that `make run` creates, with their well-known secrets. They are listed here, in an
app every deployment installs, so that production can refuse to run while any of them exists (staff.checks)."""

from dataclasses import dataclass

DEMO_DEVICE_NAME = "Demo authenticator"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    totp_key_hex: str


ADMIN = DemoAccount("admin", "demo-admin-password", "3132333435363738393031323334353637383931")
EDITOR = DemoAccount("editor", "demo-editor-password", "3132333435363738393031323334353637383932")
CONSULTANT = DemoAccount("consultant", "demo-consultant-password", "3132333435363738393031323334353637383930")
DEMO_ACCOUNTS = (ADMIN, EDITOR, CONSULTANT)
