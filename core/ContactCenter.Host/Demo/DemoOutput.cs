namespace ContactCenter.Host.Demo;

/// <summary>Where the demo guide is printed: standard output, for the person who typed <c>--demo</c>. Tests pass their own writer.</summary>
/// <param name="writer">The writer.</param>
internal sealed class DemoOutput(TextWriter writer)
{
    public TextWriter Writer { get; } = writer;
}
