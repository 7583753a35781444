namespace ClaimExtractor.Ingest.Tests.Support;

/// <summary>
/// A fact about unreadable files. It needs a Unix system where mode 000 stops this process reading, which is not
/// the case for root; there the fact is skipped with that reason instead of failing.
/// </summary>
public sealed class PermissionsEnforcedFactAttribute : FactAttribute
{
    public PermissionsEnforcedFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Unix file modes are not available on Windows";
        }
        else if (Environment.IsPrivilegedProcess)
        {
            Skip = "running as root: a file with mode 000 is still readable, so an unreadable file cannot be made";
        }
    }
}
