using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Sdk.Tests.Errors;

public sealed class ErrorMessageTests
{
    [Fact]
    public void InvalidTransition_NamesInteractionAndBothStates()
    {
        var error = new InvalidTransitionException("int-1", InteractionState.Closed, InteractionState.Queued);

        Assert.Equal("interaction.invalid-transition", error.ErrorCode);
        Assert.Equal("Interaction 'int-1' cannot go from Closed to Queued.", error.Message);
    }

    [Fact]
    public void ConcurrencyConflict_SaysWhichVersionWasFound()
    {
        var stale = new ConcurrencyConflictException("ticket", "t-1", expectedVersion: 3, actualVersion: 5);
        var exists = new ConcurrencyConflictException("ticket", "t-1", expectedVersion: null, actualVersion: 1);
        var missing = new ConcurrencyConflictException("ticket", "t-1", expectedVersion: 2, actualVersion: null);

        Assert.Contains("is at version 5, not 3", stale.Message, StringComparison.Ordinal);
        Assert.Contains("already exists", exists.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidRequest_ListsEveryProblem()
    {
        var error = new InvalidRequestException(new Dictionary<string, string[]>
        {
            ["priority"] = ["Must be from 1 to 99."],
            ["skills"] = ["Unknown skill 'x'.", "Unknown skill 'y'."],
        });

        Assert.Contains("priority: Must be from 1 to 99.", error.Message, StringComparison.Ordinal);
        Assert.Contains("skills: Unknown skill 'y'.", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Errors.Count);
    }
}
