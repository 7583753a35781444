using System.Text;
using ClaimExtractor.Ingest.Files;
using ClaimExtractor.Ingest.Html;
using ClaimExtractor.Ingest.Metadata;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimExtractor.Ingest.Tests.Files;

public sealed class IngestProperties
{
    [Fact]
    public void Decoding_any_bytes_gives_text_or_a_reason_and_never_throws()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            var (text, error) = TextDecoder.Decode(bytes);
            return (text is null) != (error is null);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Text_without_control_characters_decodes_back_exactly_from_UTF8()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), value =>
        {
            var text = new string(value.Get.Where(c => !char.IsControl(c) && !char.IsSurrogate(c)).ToArray());
            return TextDecoder.Decode(Encoding.UTF8.GetBytes(text)).Text == text;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Reading_any_markup_never_throws_and_gives_single_spaced_lines()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), value =>
        {
            var page = HtmlArticleReader.Read("<article><p>" + value.Get + "</p><time datetime='" + value.Get + "'>");
            return page.Text.Length == 0 || page.Text.Split('\n').All(line => line.Length > 0 && line == line.Trim() && !line.Contains("  ", StringComparison.Ordinal));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Date_parsing_and_inference_never_throw()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), value =>
        {
            _ = DateText.Parse(value.Get);
            _ = TextDateInference.Infer(value.Get);
            _ = FrontMatter.Read(value.Get);
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_body_after_front_matter_is_kept_exactly()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), value =>
        {
            var body = value.Get;
            var (_, start) = FrontMatter.Read("---\ntitle: T\n---\n" + body);
            return ("---\ntitle: T\n---\n" + body)[start..] == body;
        }).QuickCheckThrowOnFailure();
    }
}
