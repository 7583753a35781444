using System.Runtime.CompilerServices;
using ClaimExtractor.Core.Ingest;
using ClaimExtractor.Ingest.Dumps;
using ClaimExtractor.Ingest.Sources;
using ClaimExtractor.Ingest.Warc;

namespace ClaimExtractor.Ingest.Files;

/// <summary>
/// Articles from local files and folders. Folders are walked recursively, depth first, entries sorted by name
/// (ordinal), so a run over the same tree always yields the same order. Folder symbolic links are not followed
/// (they could loop). <see cref="SourceItem.Source"/> is the path as given, with <c>/</c> separators and no trailing
/// <c>/</c>, joined with the path under it: <c>corpus/seed/01-x.txt</c> for <c>corpus</c> or <c>corpus/</c>.
/// See <see cref="FileKinds"/> for which files count as articles; a WARC archive or JSON Lines dump found in a folder is
/// read as <see cref="WarcSource"/> or <see cref="JsonLinesDumpSource"/> would, its items named <c>PATH#record-N</c> or <c>PATH#line-N</c>.
/// </summary>
public sealed class FileSystemSource : IArticleSource
{
    private readonly IReadOnlyList<string> paths;
    private readonly FileSourceOptions options;

    /// <exception cref="ArgumentException">
    /// <see cref="FileSourceOptions.PublishedOverride"/> is set with more than one input or with a folder, or the size cap is not positive.
    /// </exception>
    public FileSystemSource(IReadOnlyList<string> paths, FileSourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxBytes <= 0)
        {
            throw new ArgumentException("the size cap (--max-size) must be positive", nameof(options));
        }

        if (options.PublishedOverride is not null && (paths.Count != 1 || Directory.Exists(paths[0])))
        {
            throw new ArgumentException("`--published` needs a single input file; use a sidecar or manifest for folders", nameof(options));
        }

        this.paths = paths;
        this.options = options;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // manifests are read once per folder per run, and only for this run
        var reader = new ArticleFileReader(options);
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var source = SourceOf(path);
            if (File.Exists(path))
            {
                var role = FileKinds.ArticleRole(path);
                if (role == FileRole.Archive)
                {
                    await foreach (var item in ArchiveOf(path, source).ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        yield return item;
                    }
                }
                else
                {
                    yield return role == FileRole.Other
                        ? SourceItem.Skip(source, NotArticle(path))
                        : await reader.ReadAsync(path, source, role, cancellationToken).ConfigureAwait(false);
                }
            }
            else if (Directory.Exists(path))
            {
                await foreach (var item in WalkAsync(new DirectoryInfo(path), source, reader, cancellationToken).ConfigureAwait(false))
                {
                    yield return item;
                }
            }
            else
            {
                yield return SourceItem.Fail(source, $"no such file or folder: {path}");
            }
        }
    }

    /// <summary>The path as given with <c>/</c> separators and without trailing ones.</summary>
    internal static string SourceOf(string path)
    {
        var source = path.Replace('\\', '/');
        var trimmed = source.TrimEnd('/');
        return trimmed.Length == 0 && source.Length > 0 ? "/" : trimmed;
    }

    // an archive or dump is read record by record, each named after the path the walk gave it
    private IArticleSource ArchiveOf(string path, string source)
    {
        var archiveOptions = new SourceOptions { MaxBytes = options.MaxBytes, Warning = options.Warning };
        return WarcSource.IsWarc(path) ? new WarcSource(path, source, archiveOptions) : new JsonLinesDumpSource(path, source, archiveOptions);
    }

    private static string Join(string source, string name) => source.EndsWith('/') ? source + name : source + "/" + name;

    private static string NotArticle(string path)
    {
        var extension = Path.GetExtension(path);
        return extension.Length == 0 ? "not an article file type (no extension)" : $"not an article file type ({extension.ToLowerInvariant()})";
    }

    private static (List<FileSystemInfo> Entries, string? Error) List(DirectoryInfo folder)
    {
        try
        {
            var entries = folder.EnumerateFileSystemInfos().ToList();
            entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            return (entries, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return ([], ex.Message);
        }
    }

    private async IAsyncEnumerable<SourceItem> WalkAsync(
        DirectoryInfo folder, string source, ArticleFileReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (entries, error) = List(folder);
        if (error is not null)
        {
            yield return SourceItem.Fail(source, error);
            yield break;
        }

        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entrySource = Join(source, entry.Name);
            if (entry.Name.StartsWith('.'))
            {
                continue;
            }

            if (entry is DirectoryInfo subfolder)
            {
                if (subfolder.LinkTarget is not null)
                {
                    yield return SourceItem.Skip(entrySource, "folder symbolic link, not followed");
                    continue;
                }

                await foreach (var item in WalkAsync(subfolder, entrySource, reader, cancellationToken).ConfigureAwait(false))
                {
                    yield return item;
                }

                continue;
            }

            var role = FileKinds.RoleOf(entry.Name);
            switch (role)
            {
                case FileRole.Text or FileRole.Html:
                    yield return await reader.ReadAsync(entry.FullName, entrySource, role, cancellationToken).ConfigureAwait(false);
                    break;
                case FileRole.Archive:
                    await foreach (var item in ArchiveOf(entry.FullName, entrySource).ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        yield return item;
                    }

                    break;
                case FileRole.Other:
                    yield return SourceItem.Skip(entrySource, NotArticle(entry.Name));
                    break;
            }
        }
    }
}
