namespace ClaimExtractor.Nlp.Corpora;

/// <summary>
/// One syntactic word of a CoNLL-U sentence: its 1-based id, form, universal POS tag, head (0 for the root), relation,
/// MISC column and morphological features (FEATS, "_" when none). <see cref="SpaceAfter"/> is false when MISC says
/// <c>SpaceAfter=No</c> (for a word inside a multiword token, the token's own MISC decides).
/// </summary>
public sealed record ConlluToken(int Id, string Form, string Upos, int Head, string Deprel, string Misc, bool SpaceAfter, string Feats = "_");
