using System.Runtime.Versioning;
using System.Text;
using ClaimExtractor.Core.Ingest;
using ClaimExtractor.Ingest.Files;
using ClaimExtractor.Ingest.Tests.Support;

namespace ClaimExtractor.Ingest.Tests.Files;

public sealed class BadInputTests : IDisposable
{
    private const string Story = "Wheat prices rose 8 percent in March, the third monthly rise in a row, traders said.";

    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "empty.txt", [], "empty file" },
        { "blank.md", "  \n\t\n"u8.ToArray(), "empty file" },
        { "front-matter-only.md", "---\ntitle: Draft\n---\n"u8.ToArray(), "empty file (front matter only)" },
        { "nul.txt", [.. "abc"u8, 0, .. "def"u8], "binary content (NUL bytes)" },
        { "control.txt", [.. Enumerable.Repeat((byte)0x01, 30), .. "text"u8], "binary content (NUL bytes)" },
        { "image.html", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A], "binary content (NUL bytes)" },
        { "latin1.txt", [.. "abc"u8, 0xE9, .. "t\u00E9"u8], "invalid UTF-8 at byte 3" },
        { "bom-then-bad.txt", [0xEF, 0xBB, 0xBF, .. "ab"u8, 0xC3, 0x28], "invalid UTF-8 at byte 5" },
        { "truncated.md", [.. "price \u20AC"u8[..^1]], "invalid UTF-8 at byte 6" },
        { "index.html", Encoding.UTF8.GetBytes("<html><body><ul><li><a href='/a'>One story</a></li></ul></body></html>"), "no article text found (index or non-article page?)" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_fails_with_a_reason_and_the_walk_goes_on(string name, byte[] bytes, string reason)
    {
        dir.Write("a-before.txt", Story);
        dir.Write(name, bytes);
        dir.Write("z-after.txt", Story);

        var items = await SourceItems.ReadAllAsync(dir.Path);

        Assert.Equal(
            $"""
            Article {dir.Path}/a-before.txt
            Failed {dir.Path}/{name} : {reason}
            Article {dir.Path}/z-after.txt
            """,
            SourceItems.Describe(items));
    }

    [Fact]
    public async Task A_file_over_the_size_cap_fails_before_it_is_read()
    {
        var path = Path.Combine(dir.Path, "huge.txt");
        using (var file = File.Create(path))
        {
            file.SetLength(13_002_342); // 12.4 MB, sparse where the file system allows
        }

        var item = await SourceItems.ReadOneAsync(path);

        Assert.Equal(SourceItem.Fail(path, "12.4 MB is over the 10 MB cap (--max-size)"), item);
    }

    [Fact]
    public async Task The_size_cap_is_an_option_and_says_its_own_size()
    {
        var path = dir.Write("story.txt", Story);

        var item = await SourceItems.ReadOneAsync(path, new FileSourceOptions { MaxBytes = 64 });

        Assert.Equal(SourceItem.Fail(path, "84 bytes is over the 64 bytes cap (--max-size)"), item);
    }

    [Fact]
    public async Task A_byte_order_mark_is_removed_and_nothing_else_changes()
    {
        const string text = "\r\nLine one  \n\n\tLine two\u00A0\u2014 end\n";
        var path = dir.Write("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);

        var item = await SourceItems.ReadOneAsync(path);

        Assert.Equal(text, item.Article?.Text);
    }

    [Theory]
    [InlineData("utf-16le.txt", false)]
    [InlineData("utf-16be.txt", true)]
    public async Task UTF16_with_a_byte_order_mark_decodes(string name, bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var path = dir.Write(name, [.. encoding.GetPreamble(), .. encoding.GetBytes(Story)]);

        var item = await SourceItems.ReadOneAsync(path);

        Assert.Equal(Story, item.Article?.Text);
    }

    [PermissionsEnforcedFact]
    [UnsupportedOSPlatform("windows")]
    public async Task An_unreadable_file_fails_with_the_system_message_and_no_stack_trace()
    {
        var path = dir.Write("locked.txt", Story);
        dir.Write("open.txt", Story);
        File.SetUnixFileMode(path, UnixFileMode.None);

        var items = await SourceItems.ReadAllAsync(dir.Path);

        var failed = Assert.Single(items, i => i.Kind == SourceItemKind.Failed);
        Assert.Equal(path, failed.Source);
        Assert.Contains("denied", failed.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" at ", failed.Reason, StringComparison.Ordinal);
        Assert.Single(items, i => i.Kind == SourceItemKind.Article);
    }

    [PermissionsEnforcedFact]
    [UnsupportedOSPlatform("windows")]
    public async Task An_unreadable_folder_fails_by_name_and_its_siblings_are_read()
    {
        dir.Write("closed/story.txt", Story);
        dir.Write("open/story.txt", Story);
        File.SetUnixFileMode(Path.Combine(dir.Path, "closed"), UnixFileMode.None);

        try
        {
            var items = await SourceItems.ReadAllAsync(dir.Path);

            Assert.Equal([SourceItemKind.Failed, SourceItemKind.Article], items.Select(i => i.Kind));
            Assert.Equal(dir.Path + "/closed", items[0].Source);
        }
        finally
        {
            File.SetUnixFileMode(Path.Combine(dir.Path, "closed"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
