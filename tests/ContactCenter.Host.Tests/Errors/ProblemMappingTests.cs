using ContactCenter.Host.Errors;
using Microsoft.AspNetCore.Http;

namespace ContactCenter.Host.Tests.Errors;

public sealed class ProblemMappingTests
{
    [Theory]
    [InlineData("plugin.not-found", StatusCodes.Status404NotFound)]
    [InlineData("plugin.not-installed", StatusCodes.Status404NotFound)]
    [InlineData("plugin.already-installed", StatusCodes.Status409Conflict)]
    [InlineData("plugin.operation-in-progress", StatusCodes.Status409Conflict)]
    [InlineData("plugin.invalid-state", StatusCodes.Status409Conflict)]
    [InlineData("plugin.manifest-invalid", StatusCodes.Status422UnprocessableEntity)]
    [InlineData("plugin.sdk-unsupported", StatusCodes.Status422UnprocessableEntity)]
    [InlineData("plugin.package-corrupt", StatusCodes.Status422UnprocessableEntity)]
    [InlineData("plugin.config-invalid", StatusCodes.Status422UnprocessableEntity)]
    [InlineData("plugin.something-else", StatusCodes.Status400BadRequest)]
    public void PluginStatus_Code_MapsToStatus(string code, int status) =>
        Assert.Equal(status, ProblemMapping.PluginStatus(code));

    [Fact]
    public void From_UnknownException_HidesItsMessage()
    {
        var problem = ProblemMapping.From(new InvalidOperationException("connection string Password=secret"));

        Assert.Equal(StatusCodes.Status500InternalServerError, problem.Status);
        Assert.DoesNotContain("secret", problem.Detail, StringComparison.Ordinal);
    }
}
