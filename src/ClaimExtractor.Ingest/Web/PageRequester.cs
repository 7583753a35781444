using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Sockets;
using ClaimExtractor.Ingest.Files;
using ClaimExtractor.Ingest.Sources;

namespace ClaimExtractor.Ingest.Web;

/// <summary>
/// One attempt at one URL, within the host's turn and one timeout covering headers and body: the answer sorted into a
/// page, a redirect, something that is not HTML, a failure worth retrying (timeout, 429, 5xx) or one that is not.
/// </summary>
internal sealed class PageRequester(HttpClient client, HostGate gate, SourceOptions options)
{
    private const long RobotsMaxBytes = 500 * 1024; // RFC 9309: at least 500 KiB must be parsed

    public async Task<Attempt> SendAsync(Uri url, RequestKind kind, CancellationToken cancellationToken)
    {
        using var lease = await gate.EnterAsync(url.Authority, cancellationToken).ConfigureAwait(false);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var statusText = string.Create(CultureInfo.InvariantCulture, $"HTTP {status} {response.ReasonPhrase}").TrimEnd();
            if (status is 429 or >= 500)
            {
                return new Attempt(FetchResult.Fail(url, statusText, status), null, RetryAfter(response.Headers.RetryAfter), Retryable: true);
            }

            if (status is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                return new Attempt(new FetchResult { Url = url, Status = status }, location, null, false);
            }

            if (status is < 200 or >= 300)
            {
                return Done(FetchResult.Fail(url, statusText, status));
            }

            var contentType = response.Content.Headers.ContentType;
            var mediaType = contentType?.MediaType?.ToLowerInvariant();
            var charset = contentType?.CharSet?.Trim('"', '\'', ' ');
            var ok = new FetchResult { Url = url, Status = status, MediaType = mediaType, Charset = charset, FetchedAt = DateTimeOffset.UtcNow };
            if (kind == RequestKind.Page && mediaType is not null && !IsHtml(mediaType))
            {
                return Done(ok); // not read: a PDF or a video can be large, and it is reported, not processed
            }

            var cap = kind == RequestKind.Robots ? RobotsMaxBytes : options.MaxBytes;
            if (response.Content.Headers.ContentLength is { } declared && declared > cap)
            {
                return Done(FetchResult.Fail(url, OverCap(declared, cap), status));
            }

            var stream = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var body = await ReadCappedAsync(stream, cap, timeout.Token).ConfigureAwait(false);
                return body is null ? Done(FetchResult.Fail(url, OverCap(cap + 1, cap), status)) : Done(ok with { Body = body });
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var reason = string.Create(CultureInfo.InvariantCulture, $"timed out after {options.Timeout.TotalSeconds:0.###} s");
            return new Attempt(FetchResult.Fail(url, reason), null, null, Retryable: true);
        }
        catch (HttpIOException ex) when (ex.HttpRequestError == HttpRequestError.ResponseEnded)
        {
            return Transient(FetchResult.Fail(url, "truncated body: the connection closed before the whole response arrived"), ex);
        }
        catch (HttpRequestException ex)
        {
            return Transient(FetchResult.Fail(url, "request failed: " + Innermost(ex)), ex);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            return Transient(FetchResult.Fail(url, "body could not be read: " + Innermost(ex)), ex);
        }
    }

    private static async Task<byte[]?> ReadCappedAsync(Stream stream, long cap, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > cap)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private static bool IsHtml(string mediaType) => mediaType is "text/html" or "application/xhtml+xml";

    private static string OverCap(long length, long cap) =>
        $"{(length > cap + 1 ? ContentChecks.FormatSize(length) : "the body")} is over the {ContentChecks.FormatSize(cap)} cap (--max-size)";

    private static string Innermost(Exception ex) => InnermostException(ex).Message;

    private static Exception InnermostException(Exception ex)
    {
        while (ex.InnerException is { } inner)
        {
            ex = inner;
        }

        return ex;
    }

    private static Attempt Done(FetchResult result) => new(result, null, null, false);

    /// <summary>
    /// A connection that dropped is worth another try: the server closed it before or during the answer, or reset it.
    /// A refused connection, a name that does not resolve or a body that will not decode is not.
    /// </summary>
    private static Attempt Transient(FetchResult result, Exception ex)
    {
        var dropped = ex is HttpIOException { HttpRequestError: HttpRequestError.ResponseEnded }
            or HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded }
            || InnermostException(ex) is SocketException { SocketErrorCode: SocketError.ConnectionReset or SocketError.ConnectionAborted };
        return new Attempt(result, null, null, Retryable: dropped);
    }
}
