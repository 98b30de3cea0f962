using ContactCenter.Host.Demo;

namespace ContactCenter.Host.Tests.Demo;

public sealed class DemoSwitchesTests
{
    [Fact]
    public void Translate_Demo_BecomesEnabledAndLeavesTheNextArgumentAlone()
    {
        var args = DemoSwitches.Translate(["--demo", "--urls", "https://127.0.0.1:9000"]);

        Assert.Equal(["--CC:Demo:Enabled=true", "--urls", "https://127.0.0.1:9000"], args);
    }

    [Fact]
    public void Translate_DemoForce_EnablesAndAllowsRemote()
    {
        var args = DemoSwitches.Translate(["--urls", "https://0.0.0.0:9000", "--demo-force"]);

        Assert.Equal(["--urls", "https://0.0.0.0:9000", "--CC:Demo:Enabled=true", "--CC:Demo:AllowRemote=true"], args);
    }

    [Fact]
    public void Translate_NoSwitch_ArgumentsUnchanged()
    {
        string[] original = ["--CC:Storage:Provider=LiteDb", "--demonstration"];

        Assert.Equal(original, DemoSwitches.Translate(original));
    }
}
