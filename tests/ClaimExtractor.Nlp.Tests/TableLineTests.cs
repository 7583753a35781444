using ClaimExtractor.Nlp.Tests.Support;

namespace ClaimExtractor.Nlp.Tests;

/// <summary>
/// Lines of a page that hold figures and no words (a results table's cells, a scoreboard) give no claims: nothing says
/// what their numbers count or measure. The prose around the table still does.
/// </summary>
public sealed class TableLineTests
{
    [Fact]
    public void A_line_of_figures_alone_gives_no_claim_and_the_prose_around_it_still_does()
    {
        const string Page = "Final standings after 36 races\n\nKyle Busch won the title with 5,040 points.\n\nPos.\nDriver\nPoints\n1\nKyle Busch\n5040\n2\nMartin Truex Jr.\n5035\n3 - 1\n";

        var claims = Shared.Run(Page, new DateOnly(2019, 11, 18)).Claims;

        Assert.Equal(["36", "5,040 points"], claims.Select(c => c.Quote));
    }
}
