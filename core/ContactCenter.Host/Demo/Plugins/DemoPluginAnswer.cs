namespace ContactCenter.Host.Demo.Plugins;

/// <summary>A plugin's answer to an in-process call.</summary>
/// <param name="Status">The HTTP status it set.</param>
/// <param name="Body">What it wrote.</param>
internal sealed record DemoPluginAnswer(int Status, byte[] Body)
{
    public bool Succeeded => Status is >= 200 and < 300;
}
