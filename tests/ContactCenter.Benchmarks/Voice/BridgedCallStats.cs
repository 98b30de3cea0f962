using System.Diagnostics;

namespace ContactCenter.Benchmarks.Voice;

/// <summary>
/// What the bridged calls of one benchmark step did, summed over calls as each ends: answered and failed calls, media
/// ticks against the ticks the call's length asked for, ticks skipped because the previous one was still running
/// (the 20 ms clock falling behind), jitter-buffer late and concealed frames, RTP packets received per leg, and
/// seconds recorded. Also counts the calls up at once and when INVITEs arrived (the rate we were offered).
/// </summary>
internal sealed class BridgedCallStats
{
    private readonly Lock _lock = new();
    private long _firstInvite;
    private long _lastInvite;

    public int Invites { get; private set; }

    public int Bridged { get; private set; }

    public int NotBridged { get; private set; }

    public int Active { get; private set; }

    public int PeakActive { get; private set; }

    public long Ticks { get; private set; }

    public long ExpectedTicks { get; private set; }

    public long Overruns { get; private set; }

    public long Late { get; private set; }

    public long Concealed { get; private set; }

    public long CustomerPackets { get; private set; }

    public long AgentPackets { get; private set; }

    public double RecordedSeconds { get; private set; }

    public long RecordedBytes { get; private set; }

    /// <summary>INVITEs per second between the first and the last one of the step.</summary>
    public double OfferedRate
    {
        get
        {
            lock (_lock)
            {
                var span = Stopwatch.GetElapsedTime(_firstInvite, _lastInvite).TotalSeconds;
                return Invites > 1 && span > 0 ? (Invites - 1) / span : 0;
            }
        }
    }

    public void OnInvite()
    {
        lock (_lock)
        {
            var now = Stopwatch.GetTimestamp();
            _firstInvite = Invites == 0 ? now : _firstInvite;
            _lastInvite = now;
            Invites++;
        }
    }

    public void OnBridged()
    {
        lock (_lock)
        {
            Active++;
            PeakActive = Math.Max(PeakActive, Active);
        }
    }

    public void OnNotBridged()
    {
        lock (_lock)
        {
            NotBridged++;
        }
    }

    public void OnEnded(BridgedCallResult call)
    {
        lock (_lock)
        {
            Active--;
            Bridged++;
            Ticks += call.Ticks;
            ExpectedTicks += (long)(call.Length.TotalMilliseconds / 20);
            Overruns += call.Overruns;
            Late += call.Late;
            Concealed += call.Concealed;
            CustomerPackets += call.CustomerPackets;
            AgentPackets += call.AgentPackets;
            RecordedSeconds += call.Recorded.TotalSeconds;
            RecordedBytes += call.RecordedBytes;
        }
    }
}

/// <summary>One bridged call's media figures, taken when it ends.</summary>
internal sealed record BridgedCallResult(
    TimeSpan Length, long Ticks, long Overruns, long Late, long Concealed, long CustomerPackets, long AgentPackets, TimeSpan Recorded, long RecordedBytes);
