"""Claims that match: similar statements across languages, figures that conflict, and the
series of a number over time (issue 17).

- ``embedder``: sentence vectors computed on this machine from the static model wordllama's
  wheel carries (no network, no import of wordllama itself), stored as int8;
- ``vectors``: the claim_embeddings table written with every claim text, in the same
  transaction, and the background job that indexes an older project;

numpy and the model are imported when first needed, never at start-up.
"""
