"""What every request passes through, so that readers and writers leave no trace: security headers and the
Content-Security-Policy of each area, hosts of their own for the inbox and the admin, the public request-body
guard and its CSRF rule, friendly error pages, log and error-report scrubbing, anonymous rate-limit keys and
growing delays, the pepper, the admin's paths, and what production refuses to run with. It imports no other app
of the project; every app may import it."""
