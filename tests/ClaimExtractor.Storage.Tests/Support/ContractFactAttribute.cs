using Xunit.Sdk;

namespace ClaimExtractor.Storage.Tests.Support;

/// <summary>
/// A contract test: a <c>[Fact]</c> that runs once per derived test class and is skipped, with the class's reason, when
/// that class's public static <c>SkipReason</c> is not null (a backend whose server is absent on this machine).
/// </summary>
[XunitTestCaseDiscoverer("ClaimExtractor.Storage.Tests.Support.ContractFactDiscoverer", "ClaimExtractor.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ContractFactAttribute : FactAttribute
{
}
