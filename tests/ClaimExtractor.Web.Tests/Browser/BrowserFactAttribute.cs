namespace ClaimExtractor.Web.Tests.Browser;

/// <summary>A fact that needs chromium: skipped with a message when it is missing, unless <c>CI</c> is set.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = Chromium.SkipReason;
}
