using System.Text;
using ClaimExtractor.Ingest.Warc;
using ClaimExtractor.Ingest.Web;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimExtractor.Ingest.Tests.Warc;

public sealed class ArchiveProperties
{
    [Fact]
    public void Reading_any_bytes_as_a_warc_never_throws_and_ends()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), ArbMap.Default.ArbFor<bool>(), (bytes, withVersion) =>
        {
            byte[] file = withVersion ? [.. "WARC/1.0\r\nContent-Length: 5\r\n"u8, .. bytes] : bytes;
            var reader = new WarcReader(new MemoryStream(file));
            var records = 0;
            while (reader.ReadAsync(1024, CancellationToken.None).GetAwaiter().GetResult() is not null)
            {
                records++;
            }

            return records <= file.Length;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Parsing_any_bytes_as_a_captured_response_gives_a_response_or_a_problem()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), ArbMap.Default.ArbFor<NonNull<string>>(), (bytes, head) =>
        {
            var block = Encoding.UTF8.GetBytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n" + head.Get + "\r\n\r\n").Concat(bytes).ToArray();
            var (response, problem) = CapturedResponse.Parse(block, 4096);
            var (plain, plainProblem) = CapturedResponse.Parse(bytes, 4096);
            return (response is null) != (problem is null) && (plain is null) != (plainProblem is null);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Robots_rules_from_any_text_answer_for_any_path_without_throwing()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), ArbMap.Default.ArbFor<NonNull<string>>(), (text, path) =>
        {
            var rules = RobotsRules.Parse("User-agent: *\nDisallow: " + text.Get + "\nAllow: " + path.Get + "\n" + text.Get, "claimx/1.0");
            var url = new Uri("https://news.example/" + Uri.EscapeDataString(path.Get));
            return rules.Allows(url) || rules.Explain(url).Length > 0;
        }).QuickCheckThrowOnFailure();
    }
}
