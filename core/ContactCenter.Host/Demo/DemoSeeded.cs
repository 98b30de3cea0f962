namespace ContactCenter.Host.Demo;

/// <summary>
/// Data of the <see cref="Type"/> event, appended to the store's event log (stream <c>demo</c>) and published on the
/// event bus whenever a demo start creates something, so that the audit log can record the change.
/// </summary>
/// <param name="Seeder">The seeder.</param>
/// <param name="Created">Keys (<c>{kind}/{id}</c>) of the entries created.</param>
internal sealed record DemoSeeded(string Seeder, IReadOnlyList<string> Created)
{
    public const string Type = "cc.demo.seeded";

    public const string Stream = "demo";

    public const string Source = "/host/demo";
}
