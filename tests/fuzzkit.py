"""Flags shared by the tests that run the atheris harnesses (fuzz/fuzz.py) in a subprocess.

libFuzzer's ``-rss_limit_mb`` (2048 by default) compares against the process's peak RSS as
``getrusage`` reports it, and on Linux a child started by ``fork``/``exec`` inherits the parent's
high-water mark: once the pytest process has grown past 2 GB (the spaCy models of earlier tests),
a harness that itself uses 135 MB was reported "out-of-memory" at its first input (seen in CI on
``test_fuzz_readers_atheris_short[decode]``). The RSS limit is therefore raised above what the
test process reaches; ``-malloc_limit_mb`` keeps a per-allocation guard of 2 GB, so an input that
makes the code allocate without bound is still caught.
"""

LIMITS = ["-rss_limit_mb=16384", "-malloc_limit_mb=2048"]
