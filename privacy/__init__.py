"""What every request passes through, so that readers and writers leave no trace: security headers and the
Content-Security-Policy, the public request-body guard, friendly error pages, log and error-report scrubbing,
anonymous rate-limit keys, and the pepper. It imports no other app of the project; every app may import it."""
