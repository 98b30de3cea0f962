using ContactCenter.Kernel.Presence;
using ContactCenter.Kernel.Storage.Memory;
using ContactCenter.Sdk.Testing.Doubles;

namespace ContactCenter.Sdk.Testing.Hosting;

/// <summary>The doubles and the real in-memory store one test kernel shares between the plugin host and the test.</summary>
internal sealed class KernelDoubles
{
    public KernelDoubles(DateTimeOffset? clockStart)
    {
        Clock = clockStart is { } start ? new TestClock(start) : new TestClock();
        Logs = new LogCapture();
        LoggerFactory = new Microsoft.Extensions.Logging.LoggerFactory([Logs]);
        Events = new TestEventBus(LoggerFactory);
        Store = new InMemoryDocumentStore(Clock.TimeProvider);
        Interactions = new TestInteractionService(new InteractionLedger(Clock, Events));
        var board = new PresenceBoard(new PresenceStatusCatalog(Store), Clock, Events);
        Presence = new TestPresenceService(board, fromPlugin: false);
        PresenceForPlugin = new TestPresenceService(board, fromPlugin: true);
    }

    public TestClock Clock { get; }

    public LogCapture Logs { get; }

    public Microsoft.Extensions.Logging.ILoggerFactory LoggerFactory { get; }

    public TestEventBus Events { get; }

    public InMemoryDocumentStore Store { get; }

    public TestInteractionService Interactions { get; }

    public TestPresenceService Presence { get; }

    public TestPresenceService PresenceForPlugin { get; }
}
