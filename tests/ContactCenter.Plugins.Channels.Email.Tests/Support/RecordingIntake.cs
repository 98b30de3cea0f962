using System.Collections.Concurrent;
using ContactCenter.Plugins.Channels.Email.Inbound;
using ContactCenter.Plugins.Channels.Email.Plugin;

namespace ContactCenter.Plugins.Channels.Email.Tests.Support;

/// <summary>
/// The store path as the listener sees it, for the listener's own tests: it keeps what it is handed, or throws while
/// <see cref="Failing"/> is set (the store is down), or refuses what <see cref="Refuse"/> says to.
/// </summary>
internal sealed class RecordingIntake : IMailIntake
{
    public ConcurrentQueue<(string Channel, byte[] Raw)> Stored { get; } = new();

    public bool Failing { get; set; }

    public int Attempts => Volatile.Read(ref _attempts);

    public Func<byte[], string?> Refuse { get; set; } = _ => null;

    private int _attempts;

    public Task<string?> TakeAsync(MailboxBinding mailbox, byte[] raw, string source, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _attempts);
        if (Failing)
        {
            throw new IOException("The store is down (test).");
        }

        if (Refuse(raw) is { } refusal)
        {
            return Task.FromResult<string?>(refusal);
        }

        Stored.Enqueue((mailbox.Channel, raw));
        return Task.FromResult<string?>(null);
    }
}
