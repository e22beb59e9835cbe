"""recoupe: who said what, according to whom, through which relay, and how many independent
sources confirm it.

The data path, one module per stage::

    ingest ─► clean ─► nlp (spaCy: paragraphs → entities → quotes) ─► pipeline ─► store
                                                                       └► stories, export
"""

__version__ = "0.1.0"
