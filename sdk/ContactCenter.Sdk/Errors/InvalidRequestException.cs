namespace ContactCenter.Sdk.Errors;

/// <summary>A request was refused because its content is invalid. Lists every problem found, not only the first.</summary>
public sealed class InvalidRequestException : ContactCenterException
{
    /// <summary>Creates the error with one problem.</summary>
    /// <param name="field">The field at fault.</param>
    /// <param name="problem">What is wrong with it.</param>
    public InvalidRequestException(string field, string problem)
        : this(new Dictionary<string, string[]> { [field] = [problem] })
    {
    }

    /// <summary>Creates the error with several problems.</summary>
    /// <param name="errors">Problems by field.</param>
    public InvalidRequestException(IReadOnlyDictionary<string, string[]> errors)
        : base("request.invalid", BuildMessage(errors))
    {
        Errors = errors;
    }

    /// <summary>Problems by field.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    private static string BuildMessage(IReadOnlyDictionary<string, string[]> errors) =>
        "The request is invalid: " + string.Join("; ", errors.SelectMany(e => e.Value.Select(p => $"{e.Key}: {p}"))) + ".";
}
