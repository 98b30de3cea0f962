using Microsoft.Extensions.Options;

namespace ContactCenter.Host;

/// <summary>Turns the errors that stop start-up into one clear line for the operator.</summary>
/// <param name="Message">What is wrong, naming the setting.</param>
/// <param name="ExitCode">2 for a refused setting, 1 for an environment problem (e.g. the port is taken).</param>
internal sealed record StartupFailure(string Message, int ExitCode)
{
    public static StartupFailure? Describe(Exception exception)
    {
        var validation = Flatten(exception).OfType<OptionsValidationException>().ToArray();
        if (validation.Length > 0)
        {
            return new StartupFailure(string.Join(" ", validation.SelectMany(v => v.Failures).Distinct()), 2);
        }

        var io = Flatten(exception).OfType<IOException>().FirstOrDefault();
        return io is null ? null : new StartupFailure(io.Message, 1);
    }

    private static IEnumerable<Exception> Flatten(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }
}
