using System.Globalization;
using System.Text;
using ClaimExtractor.Nlp.Tests.Support;
using Xunit.Abstractions;

namespace ClaimExtractor.Nlp.Tests.PeerSuites;

// The Recognizers-Text, quantulum3 and Duckling cases in ../shared/eval/quantities, one test per file: each prints
// its pass rate and its biggest failure groups, and asserts the floor in PeerSuiteFloors.
public sealed class PeerSuiteTests(ITestOutputHelper output)
{
    public static TheoryData<string> Files => [.. PeerSuiteFloors.All.Select(s => s.File)];

    [PeerSuiteTheory]
    [MemberData(nameof(Files))]
    public void Peer_suite_passes_at_least_its_floor(string file)
    {
        var suite = PeerSuiteFloors.Get(file);
        var all = PeerCase.Read(Path.Combine(PeerSuiteFloors.Folder, file)).Select(c => Judge(suite, c)).ToList();
        var verdicts = all.Where(v => v.Judged).ToList();
        int passed = verdicts.Count(v => v.Passed);
        double rate = verdicts.Count == 0 ? 0 : (double)passed / verdicts.Count;
        string report = Report(file, verdicts, passed, rate, all.Count - verdicts.Count);
        output.WriteLine(report);
        output.WriteLine("every failure:\n" + string.Join('\n', verdicts.Where(v => !v.Passed).Select(v => $"  [{v.Group}] {v.Detail}")));

        Assert.True(verdicts.Count > 0, $"{file}: no case could be judged");
        Assert.True(rate >= suite.Floor, $"pass rate {rate:P1} fell below the floor {suite.Floor:P1}\n{report}");
    }

    [PeerSuiteFact]
    public void Every_peer_suite_file_has_a_floor()
    {
        var files = Directory.EnumerateFiles(PeerSuiteFloors.Folder, "*.jsonl").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(files, PeerSuiteFloors.All.Select(s => s.File).Order(StringComparer.Ordinal));
    }

    private static PeerVerdict Judge(PeerSuite suite, PeerCase c)
    {
        var document = Shared.Pipeline.Run(c.Input, c.Reference, CancellationToken.None);
        return suite.Kind == PeerKind.Date ? DateJudge.Judge(suite.File, c, document) : QuantityJudge.Judge(suite.Kind, c, document);
    }

    private static string Report(string file, List<PeerVerdict> verdicts, int passed, double rate, int notJudged)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{file}: {passed} of {verdicts.Count} judged cases pass ({rate:P1}); {notJudged} not judged\n");
        foreach (var group in verdicts.Where(v => v.Passed && v.Group.Length > 0).GroupBy(v => v.Group, StringComparer.Ordinal).OrderByDescending(g => g.Count()))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {group.Count(),4}  passed under {group.Key} (see NewsConventions, QuantityConventions)\n");
            foreach (var v in group.Take(2))
            {
                text.Append(CultureInfo.InvariantCulture, $"          {v.Detail}\n");
            }
        }

        foreach (var group in verdicts.Where(v => !v.Passed).GroupBy(v => v.Group, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Take(10))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {group.Count(),4}  {group.Key}\n");
            foreach (var v in group.Take(4))
            {
                text.Append(CultureInfo.InvariantCulture, $"          {v.Detail}\n");
            }
        }

        return text.ToString();
    }
}
