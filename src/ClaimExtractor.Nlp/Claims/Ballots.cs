using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// A ballot's shares: the share that voted against ("voting 59% to 41%", "with 66% voting no", "which 64% voted
/// against") is a measure apart from the share in favour, and a share of the vote on an earlier offer ("turned down a
/// previous offer ..., with 66% voting no") is that earlier ballot's, never set against the latest one's.
/// </summary>
internal static class Ballots
{
    public const string VoteShare = "vote_share.rate";

    public const string Against = "vote_share_against.rate";

    public const string EarlierBallot = "earlier_ballot:";

    /// <summary>Whether <paramref name="q"/> is the share that voted against: a tally's second share, or one "voting no".</summary>
    public static bool VotesAgainst(AnalyzedDocument doc, QuantityMention q)
    {
        int to = q.QualifierFirstToken - 1;
        bool tallied = doc.Is(to, "to") && (doc.TokenText(to - 1) is "%" || doc.Is(to - 1, "percent"));
        return tallied || (doc.IsAny(q.EndToken, VoteVerbs) && (doc.Is(q.EndToken + 1, "no") || doc.Is(q.EndToken + 1, "against")));
    }

    /// <summary>Whether <paramref name="sentence"/> tells of an earlier offer ("two earlier offers", "a previous offer").</summary>
    public static bool OfEarlierOffer(AnalyzedDocument doc, Sentence sentence)
    {
        for (int k = sentence.FirstToken; k + 1 < sentence.EndToken; k++)
        {
            if (doc.IsAny(k, EarlierWords) && doc.IsAny(k + 1, OfferNouns))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet VoteVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase, "voting", "voted", "vote", "votes");

    private static readonly WordSet EarlierWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "earlier", "previous", "prior", "first", "last");

    private static readonly WordSet OfferNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "offer", "offers", "proposal", "proposals", "deal", "contract", "agreement", "ballot", "vote");
}
