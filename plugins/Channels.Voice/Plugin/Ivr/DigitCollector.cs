using System.Text;
using System.Threading.Channels;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;
using ContactCenter.Sdk.Voice;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Ivr;

/// <summary>
/// Collects RFC 4733 digits from a caller's RTP session for the voice contract: up to a number of digits, until a
/// terminator (not returned), or until the first-digit or inter-digit timeout; the caller hanging up ends it too.
/// Listening starts before the first await, so a digit sent right after the request is not lost.
/// </summary>
internal static class DigitCollector
{
    public static async Task<CollectedDigits> CollectAsync(ISipCustomerLeg call, DigitCollectionRequest request, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(request);
        var digits = Channel.CreateUnbounded<char>();
        void OnDigit(char digit) => digits.Writer.TryWrite(digit);
        call.Media.DtmfReceived += OnDigit;
        try
        {
            var collected = new StringBuilder();
            while (true)
            {
                var timeout = collected.Length == 0 ? request.FirstDigitTimeout : request.InterDigitTimeout;
                var next = await NextAsync(call, digits.Reader, timeout, time, cancellationToken).ConfigureAwait(false);
                if (next is not { } digit)
                {
                    var end = call.Ended.IsCompleted ? DigitCollectionEnd.Hangup
                        : collected.Length == 0 ? DigitCollectionEnd.FirstDigitTimeout : DigitCollectionEnd.InterDigitTimeout;
                    return new CollectedDigits(collected.ToString(), end);
                }

                if (digit == request.Terminator)
                {
                    return new CollectedDigits(collected.ToString(), DigitCollectionEnd.Terminator);
                }

                collected.Append(digit);
                if (collected.Length >= request.MaxDigits)
                {
                    return new CollectedDigits(collected.ToString(), DigitCollectionEnd.MaxDigits);
                }
            }
        }
        finally
        {
            call.Media.DtmfReceived -= OnDigit;
        }
    }

    /// <summary>Why <paramref name="request"/> cannot be used, or null.</summary>
    public static string? Problem(DigitCollectionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = TimeSpan.FromMinutes(5);
        if (request.MaxDigits is < 1 or > 32)
        {
            return "MaxDigits must be 1-32. / MaxDigits debe estar entre 1 y 32.";
        }

        if (request.Terminator is { } terminator && !"0123456789*#ABCD".Contains(terminator, StringComparison.Ordinal))
        {
            return "The terminator must be a DTMF digit (0-9, *, #, A-D). / El terminador debe ser un dígito DTMF (0-9, *, #, A-D).";
        }

        return request.FirstDigitTimeout <= TimeSpan.Zero || request.FirstDigitTimeout > limit || request.InterDigitTimeout <= TimeSpan.Zero || request.InterDigitTimeout > limit
            ? "Timeouts must be above zero and at most 5 minutes. / Los tiempos de espera deben ser mayores que cero y de 5 minutos como máximo."
            : null;
    }

    /// <summary>The next digit, or null when the timeout passed or the caller hung up.</summary>
    private static async Task<char?> NextAsync(ISipCustomerLeg call, ChannelReader<char> digits, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        if (digits.TryRead(out var ready))
        {
            return ready;
        }

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var arrived = digits.WaitToReadAsync(wait.Token).AsTask();
        var expired = Task.Delay(timeout, time, wait.Token);
        await Task.WhenAny(arrived, expired, call.Ended).ConfigureAwait(false);
        await wait.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return digits.TryRead(out var digit) ? digit : null;
    }
}
