using ContactCenter.Kernel.Sla;

namespace ContactCenter.Host.Tests.Support.Fakes;

/// <summary>A probe whose answer the test sets. Registered under the name <c>store</c> first, it stands in for the store's.</summary>
internal sealed class FakeComponentProbe(string component) : IComponentProbe
{
    public string Component { get; } = component;

    public ProbeResult Result { get; set; } = new(true, "fake: fine");

    public bool Hang { get; set; }

    public async ValueTask<ProbeResult> ProbeAsync(CancellationToken cancellationToken)
    {
        if (Hang)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return Result;
    }

    public void Reset()
    {
        Result = new ProbeResult(true, "fake: fine");
        Hang = false;
    }
}
