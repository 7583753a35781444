using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ClaimExtractor.Ingest.Tests.Support;

/// <summary>
/// A real HTTP/1.1 server on 127.0.0.1 and a free port, for fetch tests: each route writes raw bytes, so a test can send
/// anything (slow answers, wrong lengths, compressed bodies). Every connection is closed after one response. It stops
/// on dispose, and by itself after a minute so a hung test cannot leave it running.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new(TimeSpan.FromMinutes(1));
    private readonly ConcurrentDictionary<string, Func<Stream, CancellationToken, Task>> routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Path, DateTimeOffset At)> requests = new();
    private readonly Task loop;
    private int inFlight;
    private int maxInFlight;

    public LoopbackServer()
    {
        listener.Start();
        loop = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Every request so far, in arrival order.</summary>
    public IReadOnlyList<(string Path, DateTimeOffset At)> Requests => [.. requests];

    /// <summary>The most requests handled at the same time.</summary>
    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public int Count(string path) => requests.Count(r => r.Path == path);

    /// <summary>Answers <paramref name="path"/> (path and query) by writing to the connection.</summary>
    public void Route(string path, Func<Stream, CancellationToken, Task> respond) => routes[path] = respond;

    /// <summary>Answers <paramref name="path"/> with one fixed response.</summary>
    public void Route(string path, byte[] response) => Route(path, (stream, token) => stream.WriteAsync(response, token).AsTask());

    /// <summary>Answers <paramref name="path"/> with each response in turn, then the last one again.</summary>
    public void Sequence(string path, params byte[][] responses)
    {
        var next = -1;
        Route(path, (stream, token) => stream.WriteAsync(responses[Math.Min(Interlocked.Increment(ref next), responses.Length - 1)], token).AsTask());
    }

    /// <summary>A whole response: status line, the headers given, Content-Length unless a header sets it, Connection: close.</summary>
    public static byte[] Response(int status, string? contentType, byte[] body, params string[] headers)
    {
        var head = new StringBuilder($"HTTP/1.1 {status} {Reason(status)}\r\n");
        if (contentType is not null)
        {
            head.Append("Content-Type: ").Append(contentType).Append("\r\n");
        }

        foreach (var header in headers)
        {
            head.Append(header).Append("\r\n");
        }

        if (!headers.Any(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)))
        {
            head.Append("Content-Length: ").Append(body.Length).Append("\r\n");
        }

        head.Append("Connection: close\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. body];
    }

    public static byte[] Html(string html, int status = 200) => Response(status, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html));

    public static byte[] Status(int status, params string[] headers) => Response(status, "text/plain", Encoding.ASCII.GetBytes(Reason(status)), headers);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        stop.Dispose();
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        301 => "Moved Permanently",
        302 => "Found",
        404 => "Not Found",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status",
    };

    private async Task AcceptAsync()
    {
        var connections = new List<Task>();
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var client = await listener.AcceptTcpClientAsync(stop.Token);
                connections.Add(ServeAsync(client));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // stopped
        }

        await Task.WhenAll(connections).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            try
            {
                var path = await ReadRequestPathAsync(stream, stop.Token);
                requests.Enqueue((path, DateTimeOffset.UtcNow));
                var now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref maxInFlight, now);
                // A request is in flight until its response starts: once the client has the response it may send the
                // next request, which must not find this one still counted.
                var counted = new ResponseStartStream(stream, () => Interlocked.Decrement(ref inFlight));
                try
                {
                    var respond = routes.TryGetValue(path, out var route) ? route : (s, t) => s.WriteAsync(Status(404), t).AsTask();
                    await respond(counted, stop.Token);
                    await counted.FlushAsync(stop.Token);
                }
                finally
                {
                    counted.EndRequest();
                }
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException)
            {
                // the client went away or the server is stopping
            }
        }
    }

    private static async Task<string> ReadRequestPathAsync(Stream stream, CancellationToken cancellationToken)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (head.Count < 16 * 1024 && await stream.ReadAsync(one, cancellationToken) == 1)
        {
            head.Add(one[0]);
            if (head.Count >= 4 && head[^1] == '\n' && head[^2] == '\r' && head[^3] == '\n' && head[^4] == '\r')
            {
                break;
            }
        }

        var requestLine = Encoding.ASCII.GetString([.. head]).Split("\r\n")[0].Split(' ');
        return requestLine.Length >= 2 ? requestLine[1] : "";
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
