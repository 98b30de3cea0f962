namespace ContactCenter.Plugins.Channels.Voice.Plugin.Ivr;

/// <summary>What the call does after a menu input.</summary>
internal enum IvrMenuAction
{
    /// <summary>Play the menu again (after an invalid digit or no input, while retries remain).</summary>
    Replay,

    /// <summary>A valid digit chose a queue.</summary>
    Selected,

    /// <summary>Retries are used up: the line's default queue.</summary>
    Default,
}

/// <summary>One decision of the menu.</summary>
/// <param name="Action">What to do.</param>
/// <param name="QueueId">The queue to enter for <see cref="IvrMenuAction.Selected"/> and <see cref="IvrMenuAction.Default"/>.</param>
/// <param name="Invalid">The input was a digit the menu does not offer (the caller hears "not a valid option").</param>
internal readonly record struct IvrMenuStep(IvrMenuAction Action, string? QueueId, bool Invalid);

/// <summary>
/// The DTMF menu's state machine, free of time and media: a digit the menu offers selects its queue; an invalid digit
/// or no input before the timeout replays the menu while retries remain, then the line's default queue is taken. Once
/// decided, further input changes nothing.
/// </summary>
internal sealed class IvrMenu
{
    private readonly IReadOnlyDictionary<char, string> _choices;
    private readonly string _defaultQueue;
    private readonly int _retries;
    private IvrMenuStep? _decided;

    public IvrMenu(IReadOnlyDictionary<char, string> choices, string defaultQueue, int retries)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentException.ThrowIfNullOrEmpty(defaultQueue);
        ArgumentOutOfRangeException.ThrowIfNegative(retries);
        _choices = choices;
        _defaultQueue = defaultQueue;
        _retries = retries;
    }

    /// <summary>How many times the menu was replayed.</summary>
    public int Replays { get; private set; }

    public IvrMenuStep OnDigit(char digit) =>
        _decided ?? (_choices.TryGetValue(digit, out var queue) ? Decide(new IvrMenuStep(IvrMenuAction.Selected, queue, false)) : Retry(invalid: true));

    public IvrMenuStep OnTimeout() => _decided ?? Retry(invalid: false);

    private IvrMenuStep Retry(bool invalid)
    {
        if (Replays < _retries)
        {
            Replays++;
            return new IvrMenuStep(IvrMenuAction.Replay, null, invalid);
        }

        return Decide(new IvrMenuStep(IvrMenuAction.Default, _defaultQueue, invalid));
    }

    private IvrMenuStep Decide(IvrMenuStep step)
    {
        _decided = step;
        return step;
    }
}
