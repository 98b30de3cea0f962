using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.CenterDirectory;

/// <summary>Collects every problem of a request so that one error lists them all.</summary>
internal sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string problem)
    {
        if (!_errors.TryGetValue(field, out var problems))
        {
            problems = [];
            _errors[field] = problems;
        }

        problems.Add(problem);
    }

    public void Require(bool condition, string field, string problem)
    {
        if (!condition)
        {
            Add(field, problem);
        }
    }

    /// <summary>Throws <see cref="InvalidRequestException"/> with every problem, if there is any.</summary>
    public void ThrowIfAny()
    {
        if (!IsEmpty)
        {
            throw new InvalidRequestException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }
    }
}
