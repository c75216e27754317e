using System.Net.Sockets;
using System.Text;

namespace PaperSite.Tests.Support;

/// <summary>
/// Sends an HTTP request exactly as written, as an attacker would: HttpClient and curl clean up
/// <c>..</c>, backslashes and the Host header before they leave the machine.
/// </summary>
internal static class RawHttp
{
    public sealed record Response(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
    {
        public string? Header(string name) => Headers.GetValueOrDefault(name);
    }

    /// <summary>Sends <c>{method} {target} HTTP/1.1</c> with <paramref name="host"/> (default: the server's own address) as Host.</summary>
    public static Task<Response> SendAsync(Uri server, string target, string method = "GET", string? host = null) =>
        SendRawAsync(server, $"{method} {target} HTTP/1.1\r\nHost: {host ?? server.Authority}\r\nConnection: close\r\n\r\n");

    /// <summary>Sends <paramref name="request"/> byte for byte and reads the answer until the server closes.</summary>
    public static async Task<Response> SendRawAsync(Uri server, string request)
    {
        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await client.ConnectAsync(server.Host, server.Port, timeout.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), timeout.Token);
        using var received = new MemoryStream();
        await stream.CopyToAsync(received, timeout.Token);
        return Parse(Encoding.UTF8.GetString(received.ToArray()));
    }

    private static Response Parse(string text)
    {
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = (end < 0 ? text : text[..end]).Split("\r\n");
        var status = int.Parse(head[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in head.Skip(1))
        {
            var colon = line.IndexOf(':');
            headers[line[..colon]] = line[(colon + 1)..].Trim();
        }

        return new Response(status, headers, end < 0 ? "" : text[(end + 4)..]);
    }
}
