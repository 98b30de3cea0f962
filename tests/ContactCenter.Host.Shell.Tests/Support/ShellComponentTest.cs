using Bunit;
using ContactCenter.Host.Shell.Text;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace ContactCenter.Host.Shell.Tests.Support;

/// <summary>A bUnit context with MudBlazor's services and its JavaScript calls answered loosely (no browser here).</summary>
public abstract class ShellComponentTest : BunitContext
{
    protected ShellComponentTest()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    protected static ShellText Spanish => ShellText.Spanish;

    protected static ShellText English => ShellText.English;
}
