using System.Threading.Channels;

namespace PaperSite.Server;

/// <summary>Tells every open browser tab that the site changed (server-sent events).</summary>
internal sealed class ReloadHub
{
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _clients = [];

    /// <summary>Registers a tab; dispose the subscription when its connection ends.</summary>
    public Subscription Subscribe()
    {
        var channel = Channel.CreateUnbounded<string>();
        lock (_gate)
        {
            _clients.Add(channel);
        }

        return new Subscription(this, channel);
    }

    /// <summary>Sends <paramref name="message"/> (<c>reload</c>) to every tab.</summary>
    public void Broadcast(string message)
    {
        lock (_gate)
        {
            foreach (var client in _clients)
            {
                client.Writer.TryWrite(message);
            }
        }
    }

    /// <summary>Ends every tab's stream, so open connections do not hold up a shutdown.</summary>
    public void CloseAll()
    {
        lock (_gate)
        {
            foreach (var client in _clients)
            {
                client.Writer.TryComplete();
            }
        }
    }

    private void Remove(Channel<string> channel)
    {
        lock (_gate)
        {
            _clients.Remove(channel);
        }
    }

    /// <summary>One tab's stream of messages.</summary>
    public sealed class Subscription : IDisposable
    {
        private readonly ReloadHub _hub;
        private readonly Channel<string> _channel;

        internal Subscription(ReloadHub hub, Channel<string> channel)
        {
            _hub = hub;
            _channel = channel;
        }

        /// <summary>Messages for this tab, as they come.</summary>
        public IAsyncEnumerable<string> ReadAllAsync(CancellationToken cancellation) => _channel.Reader.ReadAllAsync(cancellation);

        /// <inheritdoc />
        public void Dispose() => _hub.Remove(_channel);
    }
}
