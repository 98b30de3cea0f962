using Bunit;
using ContactCenter.Host.Shell.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace ContactCenter.Host.Shell.Tests.Support;

/// <summary>
/// A bUnit context with MudBlazor's services and its JavaScript calls answered loosely (no browser here). The context
/// is disposed asynchronously: some MudBlazor services are only IAsyncDisposable.
/// </summary>
public abstract class ShellComponentTest : IAsyncLifetime, IAsyncDisposable
{
    private readonly BunitContext _context = new();

    protected ShellComponentTest()
    {
        _context.Services.AddMudServices();
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    /// <summary>The services the rendered components inject (add fakes before the first render).</summary>
    protected IServiceCollection Services => _context.Services;

    protected static ShellText Spanish => ShellText.Spanish;

    protected static ShellText English => ShellText.English;

    protected IRenderedComponent<TComponent> Render<TComponent>(Action<ComponentParameterCollectionBuilder<TComponent>> parameters)
        where TComponent : IComponent => _context.Render(parameters);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => ((IAsyncDisposable)this).DisposeAsync().AsTask();

    ValueTask IAsyncDisposable.DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return _context.DisposeAsync();
    }
}
