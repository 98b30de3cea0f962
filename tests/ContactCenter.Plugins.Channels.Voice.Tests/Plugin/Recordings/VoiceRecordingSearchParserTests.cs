using ContactCenter.Plugins.Channels.Voice.Plugin.Recordings;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Plugin.Recordings;

public sealed class VoiceRecordingSearchParserTests
{
    [Fact]
    public void Parse_EveryFilter_QueryNewestFirstWithAllFilters()
    {
        var (search, problem) = VoiceRecordingSearchParser.Parse(Query(
            ("phone", "+34 600 111 222"), ("agent", "agent1"), ("queue", "autos-general"), ("line", "autos"),
            ("disposition", "poliza/renovacion"), ("from", "2026-11-01T00:00:00Z"), ("to", "2026-12-01T00:00:00+01:00"), ("limit", "10"), ("cursor", "abc")));

        Assert.Null(problem);
        var query = search!.ToQuery();
        Assert.Equal("startedAt", query.OrderBy);
        Assert.True(query.Descending);
        Assert.Equal(10, query.PageSize);
        Assert.Equal("abc", query.ContinuationToken);
        Assert.Contains(new DocumentFilter("callerNumber", FilterOperator.Equal, "+34600111222"), query.Filters);
        Assert.Contains(new DocumentFilter("to", FilterOperator.Equal, "autos"), query.Filters);
        Assert.Contains(new DocumentFilter("startedAt", FilterOperator.GreaterThanOrEqual, DateTimeOffset.Parse("2026-11-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)), query.Filters);
        Assert.Equal(["phone", "agent", "queue", "line", "disposition", "from", "to"], search.FilterNames());
    }

    [Fact]
    public void Parse_Nothing_FirstPageOf50CompleteOnes()
    {
        var (search, problem) = VoiceRecordingSearchParser.Parse(Query());

        Assert.Null(problem);
        Assert.Equal([new DocumentFilter("state", FilterOperator.Equal, "complete")], search!.ToQuery().Filters);
        Assert.Equal(50, search.Limit);
        Assert.Empty(search.FilterNames());
    }

    [Theory]
    [InlineData("incomplete")]
    [InlineData("recording")]
    public void Parse_State_OnlyThoseListedAndNamedInTheAudit(string state)
    {
        var (search, problem) = VoiceRecordingSearchParser.Parse(Query(("state", state)));

        Assert.Null(problem);
        Assert.Equal([new DocumentFilter("state", FilterOperator.Equal, state)], search!.ToQuery().Filters);
        Assert.Equal(["state"], search.FilterNames());
    }

    [Theory]
    [InlineData("phone", "agent1")]
    [InlineData("from", "yesterday")]
    [InlineData("from", "2026-11-01T00:00:00")]
    [InlineData("to", "2026-13-01T00:00:00Z")]
    [InlineData("limit", "0")]
    [InlineData("limit", "201")]
    [InlineData("limit", "-1")]
    [InlineData("limit", "ten")]
    [InlineData("sort", "phone")]
    [InlineData("state", "deleted")]
    [InlineData("state", "Complete")]
    public void Parse_BadParameter_Problem(string name, string value)
    {
        var (search, problem) = VoiceRecordingSearchParser.Parse(Query((name, value)));

        Assert.Null(search);
        Assert.NotNull(problem);
        Assert.Contains(" / ", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FromNotBeforeTo_Problem() =>
        Assert.NotNull(VoiceRecordingSearchParser.Parse(Query(("from", "2026-11-02T00:00:00Z"), ("to", "2026-11-01T00:00:00Z"))).Problem);

    [Fact]
    public void Parse_RepeatedParameter_Problem()
    {
        var query = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase) { ["agent"] = ["agent1", "agent2"] };

        Assert.NotNull(VoiceRecordingSearchParser.Parse(query).Problem);
    }

    private static Dictionary<string, string[]> Query(params (string Name, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Name, p => new[] { p.Value }, StringComparer.OrdinalIgnoreCase);
}
