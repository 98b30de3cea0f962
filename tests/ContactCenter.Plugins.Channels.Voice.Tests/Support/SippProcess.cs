using System.Diagnostics;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Support;

/// <summary>A running SIPp: wait for its exit (and read its errors), or kill it when the test ends early.</summary>
internal sealed class SippProcess : IDisposable
{
    private readonly Process _process;
    private readonly string _errorFile;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    public SippProcess(Process process, string errorFile)
    {
        _process = process;
        _errorFile = errorFile;
        _stdout = process.StandardOutput.ReadToEndAsync();
        _stderr = process.StandardError.ReadToEndAsync();
    }

    public async Task<SippResult> WaitAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
        var errors = File.Exists(_errorFile) ? await File.ReadAllTextAsync(_errorFile) : string.Empty;
        File.Delete(_errorFile);
        return new SippResult(_process.ExitCode, errors + await _stderr, await _stdout);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
        File.Delete(_errorFile);
    }
}
