using System.Threading.Channels;
using ContactCenter.Plugins.Channels.Voice.Media.Prompts;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;
using ContactCenter.Sdk.Routing;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Ivr;

/// <summary>
/// Runs a line's <see cref="VoiceLineFlow"/> on an answered call: the greeting, the DTMF menu (RFC 4733 digits from the
/// caller's RTP session; a digit interrupts the menu prompt; digits typed during the greeting count), and, once
/// queued, music on hold interleaved with position / estimated-wait announcements. Audio leaves through the caller
/// leg's RTP sender at 20 ms pacing. Every flow's prompts are checked against the catalogue at start.
/// </summary>
internal sealed partial class VoiceIvr
{
    private readonly Dictionary<string, VoiceLineFlow> _flows;
    private readonly PromptCatalog _prompts;
    private readonly VoiceQueuePositions _positions;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly short[] _melody = HoldMusic.Create();

    public VoiceIvr(VoiceOptions options, PromptCatalog prompts, VoiceQueuePositions positions, TimeProvider time, ILogger<VoiceIvr> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _prompts = prompts;
        _positions = positions;
        _time = time;
        _logger = logger;
        _flows = options.Flows.ToDictionary(f => f.Line, StringComparer.OrdinalIgnoreCase);
        foreach (var flow in _flows.Values)
        {
            if (flow.Prompts.FirstOrDefault(p => !prompts.Contains(flow.Language, p)) is { } missing)
            {
                throw new InvalidOperationException($"Voice: ivr.{flow.Line} names prompt '{missing}', which is not in prompts/{flow.Language}/.");
            }
        }
    }

    /// <summary>The flow of the dialled line, or null (the call is queued at once, ringing).</summary>
    public VoiceLineFlow? FlowFor(string? called) => called is not null ? _flows.GetValueOrDefault(called) : null;

    /// <summary>
    /// Answers the call (or, with <paramref name="earlyMedia"/>, sends the 183 with our SDP answer and no 200: see
    /// <see cref="SipCall.StartEarlyMediaAsync"/>; answered at once when early media is not possible), plays the
    /// greeting and runs the menu; returns the queue to enter. Cancelled (the caller hung up) → <see cref="OperationCanceledException"/>.
    /// </summary>
    public async Task<string> GreetAndChooseAsync(SipCall call, VoiceLineFlow flow, string defaultQueue, bool earlyMedia, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(flow);
        var player = PlayerFor(call);
        var digits = Channel.CreateUnbounded<char>();
        void OnDigit(char digit) => digits.Writer.TryWrite(digit);
        call.Media.DtmfReceived += OnDigit;
        try
        {
            // Listening for digits before the 200 (or the 183) goes out: a caller may send one right after its ACK.
            if (earlyMedia && await call.StartEarlyMediaAsync().ConfigureAwait(false))
            {
                LogEarlyMedia(_logger, call.CallId);
            }
            else
            {
                if (earlyMedia && !call.Ended.IsCompleted)
                {
                    LogNoEarlyMedia(_logger, call.CallId);
                }

                await call.AnswerAsync().ConfigureAwait(false);
            }

            if (flow.Greeting is { } greeting)
            {
                await player.PlayAsync(_prompts.Get(flow.Language, greeting), cancellationToken).ConfigureAwait(false);
            }

            if (flow.Menu.Count == 0)
            {
                return defaultQueue;
            }

            var menu = new IvrMenu(flow.Menu, defaultQueue, flow.MenuRetries);
            var prompt = _prompts.Get(flow.Language, flow.MenuPrompt);
            while (true)
            {
                var digit = digits.Reader.TryRead(out var early) ? early : await MenuInputAsync(player, prompt, digits.Reader, flow.MenuTimeout, cancellationToken).ConfigureAwait(false);
                var step = digit is { } pressed ? menu.OnDigit(pressed) : menu.OnTimeout();
                LogMenuStep(_logger, call.CallId, digit?.ToString() ?? "none", step.Action, step.QueueId ?? "-");
                if (step.Action != IvrMenuAction.Replay)
                {
                    return step.QueueId!;
                }

                if (step.Invalid)
                {
                    await player.PlayAsync(_prompts.Get(flow.Language, "invalid"), cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            call.Media.DtmfReceived -= OnDigit;
        }
    }

    /// <summary>
    /// Music on hold for a call an agent transferred: the flow of <paramref name="line"/> when it has one, else of the
    /// line the caller dialled, else the melody alone (no prompt, no announcements); until cancelled.
    /// </summary>
    public Task HoldAfterTransferAsync(ISipCustomerLeg call, string interactionId, string? line, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var flow = FlowFor(line) ?? FlowFor(call.Line)
            ?? new VoiceLineFlow { Line = call.Line ?? string.Empty, HoldPrompt = null, AnnounceInterval = TimeSpan.Zero };
        return HoldAsync(call, interactionId, flow, cancellationToken);
    }

    /// <summary>Until cancelled (an agent answers, the caller hangs up): the hold prompt, then music and announcements.</summary>
    public async Task HoldAsync(ISipCustomerLeg call, string interactionId, VoiceLineFlow flow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(flow);
        var player = PlayerFor(call);
        var music = flow.HoldMusic is { } named ? _prompts.Get(flow.Language, named) : _melody;
        try
        {
            if (flow.HoldPrompt is { } hold)
            {
                await player.PlayAsync(_prompts.Get(flow.Language, hold), cancellationToken).ConfigureAwait(false);
            }

            var stretch = flow.AnnounceInterval > TimeSpan.Zero ? flow.AnnounceInterval : TimeSpan.FromMinutes(10);
            while (true)
            {
                await player.LoopAsync(music, stretch, cancellationToken).ConfigureAwait(false);
                if (flow.AnnounceInterval > TimeSpan.Zero)
                {
                    await player.PlayAsync(Announcement(_prompts, flow.Language, _positions.Find(interactionId)), cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // An agent answered or the call ended: the music stops at the frame boundary.
        }
    }

    /// <summary>
    /// "You are number N in the queue" and "the estimated wait is about M minutes", each only when routing gave it and
    /// the number has a prompt (1-20); the wait is rounded up to whole minutes. Empty when nothing can be said.
    /// </summary>
    public static IReadOnlyList<short[]> Announcement(PromptCatalog prompts, string language, QueuePosition? position)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        var parts = new List<short[]>();
        if (position is null)
        {
            return parts;
        }

        if (Phrase(prompts, language, "position", position.Position, "in-queue") is { } where)
        {
            parts.AddRange(where);
        }

        var minutes = (int)Math.Ceiling(position.EstimatedWait.TotalMinutes);
        if (position.EstimatedWait > TimeSpan.Zero && Phrase(prompts, language, "wait", minutes, minutes == 1 ? "minute" : "minutes") is { } wait)
        {
            parts.AddRange(wait);
        }

        return parts;
    }

    private static short[][]? Phrase(PromptCatalog prompts, string language, string before, int number, string after) =>
        number is >= 1 and <= 20
        && prompts.Find(language, before) is { } first
        && prompts.Find(language, number.ToString(System.Globalization.CultureInfo.InvariantCulture)) is { } spoken
        && prompts.Find(language, after) is { } last
            ? [first, spoken, last]
            : null;

    /// <summary>Plays the menu prompt (a digit interrupts it), then waits up to the timeout; null when nothing was pressed.</summary>
    private async Task<char?> MenuInputAsync(PromptPlayer player, short[] prompt, ChannelReader<char> digits, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using (var bargeIn = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var playing = player.PlayAsync(prompt, bargeIn.Token);
            var pressed = digits.WaitToReadAsync(bargeIn.Token).AsTask();
            // Whichever ends first ends the other: a digit stops the prompt; the prompt's end releases the digit wait.
            await Task.WhenAny(playing, pressed).ConfigureAwait(false);
            await bargeIn.CancelAsync().ConfigureAwait(false);
            try
            {
                await Task.WhenAll(playing, pressed).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Barge-in stopped the prompt, or the prompt ended and the digit wait was released.
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (digits.TryRead(out var digit))
        {
            return digit;
        }

        try
        {
            await digits.WaitToReadAsync(cancellationToken).AsTask().WaitAsync(timeout, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return null;
        }

        return digits.TryRead(out digit) ? digit : null;
    }

    private PromptPlayer PlayerFor(ISipCustomerLeg call) => CallAudio.PlayerFor(call, _time);

    [LoggerMessage(7240, LogLevel.Information, "Call {CallId} in early media: 183 with the SDP answer, the 200 OK waits for an agent")]
    private static partial void LogEarlyMedia(ILogger logger, string callId);

    [LoggerMessage(7242, LogLevel.Information, "Call {CallId}: no early media (the INVITE had no SDP offer), answered at once")]
    private static partial void LogNoEarlyMedia(ILogger logger, string callId);

    [LoggerMessage(7070, LogLevel.Information, "Call {CallId} menu input {Digit}: {Action} {QueueId}")]
    private static partial void LogMenuStep(ILogger logger, string callId, string digit, IvrMenuAction action, string queueId);
}
