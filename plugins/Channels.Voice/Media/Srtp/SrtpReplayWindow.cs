namespace ContactCenter.Plugins.Channels.Voice.Media.Srtp;

/// <summary>
/// The replay list of RFC 3711 §3.3.2 as a 64-packet sliding window over packet indexes: the highest authenticated
/// index and a bitmap of the 63 before it. Older indexes count as replayed. Also the receiver's ROC and s_l: the
/// highest index is ROC·2^16 + s_l.
/// </summary>
internal sealed class SrtpReplayWindow
{
    public const int Size = 64;

    private ulong _bits;

    public bool IsEmpty { get; private set; } = true;

    public ulong Highest { get; private set; }

    /// <summary>True when <paramref name="index"/> was already accepted or is too old to tell.</summary>
    public bool IsReplayed(ulong index)
    {
        if (IsEmpty || index > Highest)
        {
            return false;
        }

        var behind = Highest - index;
        return behind >= Size || (_bits & (1UL << (int)behind)) != 0;
    }

    /// <summary>Marks an authenticated <paramref name="index"/> as received.</summary>
    public void Accept(ulong index)
    {
        if (IsEmpty)
        {
            IsEmpty = false;
            Highest = index;
            _bits = 1;
        }
        else if (index > Highest)
        {
            var ahead = index - Highest;
            _bits = ahead >= Size ? 1 : (_bits << (int)ahead) | 1;
            Highest = index;
        }
        else if (Highest - index < Size)
        {
            _bits |= 1UL << (int)(Highest - index);
        }
    }

    /// <summary>
    /// The packet index of an RTP packet with <paramref name="sequence"/> (RFC 3711 §3.3.1, Appendix A): the ROC
    /// guessed from the highest index so far (one less, the same or one more); null for a sequence from before
    /// the first ROC.
    /// </summary>
    public ulong? EstimateIndex(ushort sequence)
    {
        if (IsEmpty)
        {
            return sequence;
        }

        var roc = (long)(Highest >> 16);
        var last = (int)(Highest & 0xFFFF);
        long guess;
        if (last < 0x8000)
        {
            guess = sequence - last > 0x8000 ? roc - 1 : roc;
        }
        else
        {
            guess = last - 0x8000 > sequence ? roc + 1 : roc;
        }

        return guess < 0 || guess > uint.MaxValue ? null : ((ulong)guess << 16) | sequence;
    }
}
