using ContactCenter.Sdk.Channels;
using Xunit;

namespace ContactCenter.Sdk.Testing.Conformance;

/// <summary>
/// The <see cref="IChannel"/> contract, on top of <see cref="PluginConformance"/>: name and kind stable; empty and
/// oversized messages refused with a reason (never thrown); transitions of interactions the channel does not own
/// ignored; no exception escaping for any lifecycle transition; a redelivered transition changing nothing more; and the
/// plugin unloading completely after all of that. Subclass it once per channel the plugin registers.
/// </summary>
public abstract partial class ChannelConformance : PluginConformance
{
    /// <summary>The longest message text the channel accepts; one more character must be refused.</summary>
    protected abstract int MaxMessageLength { get; }

    /// <summary>The channel under test; <see langword="null"/> when the plugin registers one channel.</summary>
    protected virtual string? ChannelName => null;

    /// <summary>The channel's name and kind, read twice, are the same; the name is not blank and the kind is defined.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public virtual Task Identity_ReadTwice_Stable()
    {
        var first = Describe();
        var second = Describe();

        Assert.Equal(first, second);
        Assert.False(string.IsNullOrWhiteSpace(first.Name));
        Assert.True(Enum.IsDefined(first.Kind), $"Kind {first.Kind} is not a ChannelKind.");
        return Task.CompletedTask;
    }

    /// <summary>Empty and blank texts are refused with a reason, without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The test.</returns>
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n\t")]
    public virtual async Task Send_EmptyText_RefusedWithReason(string text)
    {
        var interaction = await CreateOwnedAsync("empty").ConfigureAwait(false);

        var result = await SendDirectAsync(Message(interaction.Id, text)).ConfigureAwait(false);

        Assert.False(result.Accepted, "An empty message was accepted.");
        Assert.False(string.IsNullOrWhiteSpace(result.Error), "The refusal gives no reason.");
    }

    /// <summary>A text one character over <see cref="MaxMessageLength"/> is refused with a reason, without throwing.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public virtual async Task Send_OversizedText_RefusedWithReason()
    {
        var interaction = await CreateOwnedAsync("oversized").ConfigureAwait(false);

        var result = await SendDirectAsync(Message(interaction.Id, new string('x', MaxMessageLength + 1))).ConfigureAwait(false);

        Assert.False(result.Accepted, $"A message of {MaxMessageLength + 1} characters was accepted.");
        Assert.False(string.IsNullOrWhiteSpace(result.Error), "The refusal gives no reason.");
    }

    /// <summary>A text of exactly <see cref="MaxMessageLength"/> characters is accepted through the kernel's gateway.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public virtual async Task Send_LongestAllowedText_Accepted()
    {
        var interaction = await CreateOwnedAsync("longest").ConfigureAwait(false);

        var result = await Kernel.SendAsync(Message(interaction.Id, new string('x', MaxMessageLength)), ChannelName).ConfigureAwait(false);

        Assert.True(result.Accepted, result.Error);
    }

    /// <summary>Every transition of every lifecycle path reaches the channel and none makes it throw or overrun.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public virtual async Task Transitions_EveryLifecyclePath_NoExceptionEscapes()
    {
        await WalkEveryPathAsync("paths").ConfigureAwait(false);

        var deliveries = Kernel.Deliveries;
        Assert.NotEmpty(deliveries);
        var failed = deliveries.Where(d => !d.Outcome.Succeeded).Select(d => $"{d.Change.From}->{d.Change.To}: {d.Outcome.Failure}").ToList();
        Assert.True(failed.Count == 0, "The channel failed on: " + string.Join("; ", failed));
    }

    /// <summary>Transitions of interactions another plugin's channel owns change nothing.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public virtual async Task Transitions_OfInteractionNotOwned_Ignored()
    {
        var before = await SideEffectsAsync().ConfigureAwait(false);

        foreach (var change in await ForeignTransitionsAsync().ConfigureAwait(false))
        {
            var outcome = await Kernel.NotifyChannelAsync(change, ChannelName).ConfigureAwait(false);
            Assert.True(outcome.Succeeded, outcome.Failure);
        }

        Assert.Equal(before, await SideEffectsAsync().ConfigureAwait(false));
    }

    /// <summary>Delivering every transition a second time (the kernel delivers at least once) changes nothing more.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public virtual async Task Transitions_Redelivered_ChangeNothingMore()
    {
        await WalkEveryPathAsync("redelivery").ConfigureAwait(false);
        var before = await SideEffectsAsync().ConfigureAwait(false);

        foreach (var delivery in Kernel.Deliveries)
        {
            var outcome = await Kernel.NotifyChannelAsync(delivery.Change, ChannelName).ConfigureAwait(false);
            Assert.True(outcome.Succeeded, outcome.Failure);
        }

        Assert.Equal(before, await SideEffectsAsync().ConfigureAwait(false));
    }

    /// <inheritdoc />
    protected override async Task ExerciseAsync()
    {
        await base.ExerciseAsync().ConfigureAwait(false);
        var interaction = await CreateOwnedAsync("unload").ConfigureAwait(false);
        await Kernel.SendAsync(Message(interaction.Id, "hola / hello"), ChannelName).ConfigureAwait(false);
        await WalkEveryPathAsync("unload").ConfigureAwait(false);
    }
}
